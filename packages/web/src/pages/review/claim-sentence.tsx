import type { CSSProperties } from 'react';
import { Tooltip } from '@mantine/core';
import type { ClaimArgument } from '../../api/review-types.ts';
import { renderMarked } from '../../components/highlighted-text.tsx';
import { useFormat } from '../../format/use-format.ts';
import { useVocab } from '../../format/use-vocab.ts';
import { locateNames } from '../../format/locate-names.ts';

/** Colours of arguments, by their order in the claim (the chip and the mark share it). */
export const ARGUMENT_COLORS = ['blue', 'grape', 'teal', 'orange', 'pink', 'lime', 'cyan', 'red'] as const;

/** Every spelling the sentence may use for an argument: the extracted names and the linked entity's labels. */
export function argumentNames(a: ClaimArgument): string[] {
  return [a.name_fa, a.name_en, a.entity?.labels.fa, a.entity?.labels.en].filter((n): n is string => !!n);
}

/**
 * The evidence sentence with each argument marked in place, in its colour, with the slot it fills as a
 * tooltip and a visually hidden label for screen readers. Text is rendered as text (split, never HTML).
 */
export function ClaimSentence({ sentence, args }: { sentence: string; args: readonly ClaimArgument[] }) {
  const vocab = useVocab();
  const f = useFormat();
  const spans = locateNames(sentence, args.map(argumentNames));
  const marks = spans.map((span) => {
    const a = args[span.index] as ClaimArgument;
    const color = ARGUMENT_COLORS[span.index % ARGUMENT_COLORS.length] as string;
    const slot = vocab('review.slots', a.slot);
    const target = a.entity ? f.label(a.entity.labels, a.entity.id).text : null;
    return {
      start: span.start,
      end: span.end,
      render: (piece: string, key: string) => (
        <Tooltip key={key} label={target ? `${slot}: ${target}` : slot} withArrow>
          <mark className="arg-mark" data-slot={a.slot} data-link={a.link} style={{ '--arg-color': `var(--mantine-color-${color}-6)`, '--arg-bg': `var(--mantine-color-${color}-0)` } as CSSProperties}>
            {piece}
            <span className="visually-hidden"> ({slot})</span>
          </mark>
        </Tooltip>
      ),
    };
  });
  return (
    <blockquote className="claim-sentence" dir="auto" lang="fa">
      {renderMarked(sentence, marks)}
    </blockquote>
  );
}
