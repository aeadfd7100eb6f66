/** Plan statements as cards with their verbatim quote and location; a contradiction is shown as two statements side by side. */
import { h } from '../dom.ts';
import type { FactKind } from '../gql/graphql.ts';
import { kindLabel, locationText, periodText, t, type SourceLocation } from '../i18n.ts';

export interface Statement {
  id: string;
  kind: FactKind;
  subject: string;
  valueText: string;
  unit: string | null;
  periodStart: number;
  periodEnd: number;
  regionText?: string | null;
  source: (SourceLocation & { quote: string }) | null;
  conflictsWith?: Statement[];
}

export function statementCard(statement: Statement): HTMLElement {
  return h('article', { className: `statement kind-${statement.kind}`, 'data-fact': statement.id },
    h('div', { className: 'statement-head' },
      h('span', { className: `pill kind-${statement.kind}` }, kindLabel(statement.kind)),
      h('strong', { className: 'statement-value' }, statement.valueText, statement.unit && !statement.valueText.includes(statement.unit) ? ` ${statement.unit}` : ''),
      h('span', { className: 'muted' }, ` · ${periodText(statement.periodStart, statement.periodEnd)}`),
      statement.regionText ? h('span', { className: 'muted' }, ` · ${statement.regionText}`) : null),
    h('p', { className: 'statement-subject' }, statement.subject),
    statement.source ? h('blockquote', { lang: 'zh-CN' }, statement.source.quote) : null,
    statement.source ? h('p', { className: 'where' }, `${t('出处', 'Source')}: ${locationText(statement.source)} · ${statement.id}`) : null);
}

/** Every statement once; a statement with conflicts is shown beside the statements it conflicts with, each pair once. */
export function statementList(statements: Statement[]): HTMLElement {
  const shown = new Set<string>();
  const items: HTMLElement[] = [];
  for (const statement of statements) {
    if (shown.has(statement.id)) continue;
    shown.add(statement.id);
    const conflicts = statement.conflictsWith ?? [];
    if (conflicts.length === 0) {
      items.push(statementCard(statement));
      continue;
    }
    for (const other of conflicts) shown.add(other.id);
    items.push(h('div', { className: 'conflict', 'data-conflict': [statement.id, ...conflicts.map((other) => other.id)].join(' ') },
      h('p', { className: 'conflict-note' }, `⚠ ${t('规划前后表述不一致，两处原文并列如下', 'The plan states this differently in two places; both are shown')}`),
      h('div', { className: 'conflict-pair' }, statementCard(statement), conflicts.map(statementCard))));
  }
  return h('div', { className: 'statements' }, items);
}
