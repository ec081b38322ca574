import { Anchor, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordSource, Reference } from '../api/types.ts';
import { ExternalIcon } from './icons.tsx';

/** The site name of a URL (`www.` dropped), or the URL itself when it does not parse. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The references of a statement as links to where each fact was stated. The link text is the site,
 * the tooltip the title and quote; all are user content in either script, so `dir="auto"`.
 * Links open in a new tab without handing the opener or referrer to news sites.
 */
export function SourceLinks({ references }: { references: (Reference | RecordSource)[] }) {
  const { t } = useTranslation();
  if (references.length === 0) {
    return (
      <Text size="sm" c="orange.8">
        {t('statement.noSource')}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      {references.map((ref, i) => {
        const quote = 'quote' in ref ? ref.quote : undefined;
        const tip = [ref.title, quote ? `«${quote}»` : undefined].filter(Boolean).join('\n');
        const link = (
          <Anchor
            key={ref.id}
            href={ref.url}
            target="_blank"
            rel="noopener noreferrer"
            size="sm"
            dir="auto"
            className="source-link"
            aria-label={`${t('statement.sourceLink', { n: i + 1 })}: ${ref.title ?? siteOf(ref.url)}`}
          >
            <span dir="ltr">{ref.publisher ?? siteOf(ref.url)}</span>
            <ExternalIcon size={12} />
          </Anchor>
        );
        return tip ? (
          <Tooltip key={ref.id} label={<span dir="auto" style={{ whiteSpace: 'pre-line' }}>{tip}</span>} multiline maw={360} withArrow>
            {link}
          </Tooltip>
        ) : (
          link
        );
      })}
    </Group>
  );
}
