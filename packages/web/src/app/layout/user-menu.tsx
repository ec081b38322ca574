import { Badge, Button, Menu, Text, UnstyledButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useSession, useSignOut } from '../../auth/session.ts';
import { UserIcon } from '../../components/icons.tsx';

/** "Sign in" for visitors; for a signed-in user a menu with name, role and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const user = session.data?.user;
  if (!user) {
    if (session.isPending || location.pathname === '/sign-in') return null;
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <Button component={Link} to={`/sign-in?next=${next}`} size="xs" variant="light" leftSection={<UserIcon size={16} />}>
        {t('header.signIn')}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu', { name: user.display_name })} data-testid="user-menu">
          <Group gap={6} wrap="nowrap">
            <UserIcon size={18} />
            <Text size="sm" fw={500} dir="auto" maw={160} truncate>
              {user.display_name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs" dir="auto">
            {t('header.signedInAs', { name: user.username })}
          </Text>
          <Badge size="xs" mt={4} variant="light">
            {t(`roles.${user.role}`)}
          </Badge>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          onClick={() =>
            signOut.mutate(undefined, {
              onSettled: () => void navigate('/'),
            })
          }
        >
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
