import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { isAppError } from '../../api/client.ts';
import { useSession, useSignIn } from '../../auth/session.ts';

/** Only same-site paths are followed after sign-in (an open redirect would help phishing). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/**
 * Sign-in with username and password. On success the session (and its CSRF token) is stored and the
 * reader returns to where they were (`?next=`). Errors come from the one error shape: a throttled
 * attempt says so, a wrong password says the server's message.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));
  useDocumentTitle(`${t('signIn.title')} · ${t('app.name')}`);

  if (session.data?.user && !signIn.isSuccess) {
    if (params.get('next')) return <Navigate to={next} replace />;
  }

  const error = signIn.error;
  const message = isAppError(error) ? (error.code === 'unauthenticated' || error.code === 'validation_failed' ? error.message : t(`errors.${error.code}`)) : '';

  return (
    <Card withBorder padding="xl" maw={420} mx="auto" mt="lg" radius="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          signIn.mutate({ username: username.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }) });
        }}
      >
        <Stack gap="md">
          <Title order={1} size="h3">
            {t('signIn.title')}
          </Title>
          {session.data?.user && (
            <Text size="sm" c="dimmed" dir="auto">
              {t('signIn.alreadySignedIn', { name: session.data.user.display_name })}
            </Text>
          )}
          <TextInput
            label={t('signIn.username')}
            name="username"
            autoComplete="username"
            required
            dir="auto"
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            autoFocus
          />
          <PasswordInput
            label={t('signIn.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {signIn.isError && (
            <Alert color="red" variant="light" role="alert">
              <span dir="auto">{t('signIn.failed', { message })}</span>
            </Alert>
          )}
          <Button type="submit" loading={signIn.isPending} fullWidth>
            {t('signIn.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('signIn.firstAdminHint')}
          </Text>
        </Stack>
      </form>
    </Card>
  );
}
