import { Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { EntitySummary } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';

/** Path of an entity's page. One place so that pages of new types (issue 5) only add a view. */
export function entityPath(id: string): string {
  return `/entities/${encodeURIComponent(id)}`;
}

/**
 * A link to an entity showing its label in the reader's language (else the other one, else the id).
 * The label is user content: `dir="auto"` and `lang` keep a Latin name inside Persian text (and the
 * reverse) in its own direction.
 */
export function EntityLink({ entity, fw }: { entity: EntitySummary; fw?: number }) {
  const { label } = useFormat();
  const picked = label(entity.labels, entity.id);
  return (
    <Anchor component={Link} to={entityPath(entity.id)} lang={picked.lang} dir="auto" fw={fw}>
      {picked.text}
    </Anchor>
  );
}
