import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { isAppError } from '../api/client.ts';

/**
 * Shows a failed request in the reader's language, from the one error shape: the code picks the
 * sentence, the server's details (field and message) are listed, and an `unauthenticated` error
 * offers sign-in that returns here.
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const code = isAppError(error) ? error.code : 'internal';
  const details = isAppError(error) ? error.details : [];
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  return (
    <Alert color={code === 'unauthenticated' ? 'blue' : 'red'} title={t(`errors.${code}`)} role="alert" variant="light">
      {details.length > 0 && (
        <List size="sm" spacing={2} mb="sm">
          {details.map((d, i) => (
            <List.Item key={i}>
              <Text span size="sm" dir="auto">
                {d.path?.length ? `${d.path.join('.')}: ` : d.source ? `${d.source}: ` : ''}
                {d.message}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <Group gap="sm">
        {code === 'unauthenticated' && (
          <Button component={Link} to={`/sign-in?next=${next}`} size="xs">
            {t('header.signIn')}
          </Button>
        )}
        {onRetry && code !== 'unauthenticated' && (
          <Button variant="default" size="xs" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
