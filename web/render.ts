import { ItemView } from '../miniprogram/domain/library/guide/account-views';
import { PartView } from '../miniprogram/domain/library/guide/fact-view';
import { FitView, LineView } from '../miniprogram/domain/result-views/result-view';
import { typeColor } from '../miniprogram/domain/theme';
import { AccountTypeId } from '../miniprogram/domain/account-types';
import { Labels, PageBody, WebPage } from './page-model';

/** Plain DOM for a WebPage: every word comes from the page model; nothing here is text of its own. */
type Child = Node | string | null | false | undefined | readonly Child[];

function append(el: HTMLElement, child: Child): void {
  if (Array.isArray(child)) for (const c of child as readonly Child[]) append(el, c);
  else if (child) el.append(child as Node | string);
}

function h(tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  append(el, children);
  return el;
}

type Mark = LineView['m'] | PartView['m'];

function badge(m: Mark, l: Labels): Child {
  if (m !== 'reported' && m !== 'inference') return null;
  return h('span', { class: `badge badge-${m}` }, m === 'reported' ? l.reported : l.inference);
}

const lineEl = (line: LineView, l: Labels, cls = 'line'): HTMLElement =>
  h('p', { class: cls }, badge(line.m, l), line.t);

const parts = (ps: PartView[], l: Labels): Child[] => ps.flatMap((p) => [badge(p.m, l), p.t]);

const section = (cls: string, ...children: Child[]): HTMLElement =>
  h('section', { class: `section ${cls}` }, ...children);

const title = (text: string): HTMLElement => h('h2', { class: 'section-title' }, text);

const accent = (type: AccountTypeId): Record<string, string> => ({ style: `--accent: ${typeColor(type)}` });

function fitCard(fit: FitView, heading: string, ui: Record<string, string>, l: Labels, compact: boolean): HTMLElement {
  return h(
    'section',
    { class: `section fit${compact ? ' compact' : ''}`, id: compact ? 'runner-up' : 'top', ...accent(fit.type) },
    h('p', { class: 'muted' }, heading),
    h(
      'div',
      { class: 'fit-head' },
      h('h2', { class: 'fit-name' }, fit.name),
      h('span', { class: 'score' }, `${ui.fit} ${fit.score}/100`),
    ),
    fit.drives ? h('p', { class: 'muted small' }, fit.drives) : null,
    h('div', { class: 'bar', 'aria-hidden': 'true' }, h('div', { class: 'bar-fill', style: `width: ${fit.score}%` })),
    fit.reasons.length > 0 && [
      h('h3', { class: 'list-title' }, ui.because),
      fit.reasons.map((r) => lineEl(r, l, 'line plus')),
    ],
    fit.drawbacks.length > 0 && [
      h('h3', { class: 'list-title' }, ui.drawbacks),
      fit.drawbacks.map((r) => lineEl(r, l, 'line minus')),
    ],
  );
}

function itemEl(item: ItemView, l: Labels): HTMLElement {
  if (item.k === 'fact') return h('p', { class: 'line' }, parts(item.parts, l));
  if (item.k === 'step') return h('p', { class: 'line step-line' }, h('b', null, `${item.n}. `), parts(item.title, l));
  if (item.k === 'line')
    return h('p', { class: 'line decide-line' }, h('b', null, `${item.label}${l.colon}`), parts(item.parts, l));
  return h('p', { class: 'line' }, parts(item.what, l), l.space, parts(item.who, l), l.space, parts(item.how, l));
}

function resultBody(body: Extract<PageBody, { kind: 'result' }>, l: Labels, root: string): HTMLElement[] {
  const { ui, view, plan } = body;
  const out: HTMLElement[] = [];
  if (ui.sharedNote) out.push(h('p', { class: 'notice' }, ui.sharedNote));
  if (ui.legacy) out.push(h('p', { class: 'notice legacy' }, ui.legacy));
  const s = view.setup;
  if (s.headline)
    out.push(
      section(
        `setup setup-${s.kind}`,
        h('p', { class: 'muted' }, ui.setupTitle),
        h('h1', { class: 'setup-headline', id: 'setup-headline' }, badge(s.m, l), s.headline),
        s.parts.map((p) =>
          h(
            'p',
            { class: 'setup-part', ...accent(p.type) },
            h('b', null, p.name),
            h('span', { class: 'muted' }, p.how),
          ),
        ),
        s.unreached.length > 0 && [
          h('h3', { class: 'list-title' }, ui.unreachedTitle),
          s.unreached.map((u) => lineEl(u, l)),
        ],
        s.licence && [h('h3', { class: 'list-title' }, ui.licenceTitle), lineEl(s.licence, l)],
      ),
    );
  if (view.top) out.push(fitCard(view.top, ui.headline, ui, l, false));
  if (view.noGoodFit) out.push(section('no-fit', title(ui.noGoodFit)));
  if (view.notes.length > 0)
    out.push(
      section(
        'notes',
        title(ui.notes),
        view.notes.map((n) => h('p', { class: 'line' }, n)),
      ),
    );
  if (view.blockers.length > 0 || view.cautions.length > 0)
    out.push(
      section(
        'warnings',
        view.blockers.length > 0 && [
          title(ui.blockers),
          view.blockers.map((b) =>
            h('p', { class: 'line blocker' }, h('span', { class: 'tag' }, b.name), badge(b.line.m, l), b.line.t),
          ),
        ],
        view.cautions.length > 0 && [title(ui.cautions), view.cautions.map((c) => lineEl(c, l, 'line caution'))],
      ),
    );
  if (plan)
    out.push(
      section(
        'plan-summary',
        title(plan.title),
        h(
          'div',
          { class: 'figures' },
          h(
            'div',
            { class: 'figure' },
            h('p', { class: 'muted small' }, plan.ui.timeLabel),
            h('p', { class: 'figure-value' }, badge(plan.summary.time.m, l), plan.summary.time.t),
          ),
          h(
            'div',
            { class: 'figure' },
            h('p', { class: 'muted small' }, plan.ui.feesLabel),
            h('p', { class: 'figure-value' }, badge(plan.summary.fees.m, l), plan.summary.fees.t),
            plan.summary.feeItems.map((f) => h('p', { class: 'muted small' }, badge(f.m, l), f.t)),
          ),
        ),
        plan.summary.unpriced && h('p', { class: 'muted small' }, plan.summary.unpriced),
        h('a', { class: 'more', href: plan.href, id: 'plan-link' }, `${plan.more} ›`),
      ),
    );
  if (view.runnerUp) out.push(fitCard(view.runnerUp, ui.runnerUp, ui, l, true));
  if (view.others.length > 0)
    out.push(
      section(
        'others',
        title(ui.others),
        view.others.map((o) =>
          h(
            'div',
            { class: 'other', ...accent(o.type) },
            h(
              'div',
              { class: 'other-head' },
              h('b', null, o.name),
              h(
                'span',
                { class: `score${o.blocked ? ' blocked' : ''}` },
                o.blocked ? ui.blocked : `${ui.fit} ${o.score}/100`,
              ),
            ),
            o.why.t && lineEl(o.why, l, 'muted small'),
          ),
        ),
      ),
    );
  if (view.combinations.length > 0)
    out.push(
      section(
        'combinations',
        title(ui.combinations),
        view.combinations.map((c) => h('p', { class: 'line' }, c)),
      ),
    );
  if (view.companions.length > 0)
    out.push(
      section(
        'companions',
        title(ui.companions),
        view.companions.map((c) => h('p', { class: 'line' }, h('b', null, c.name), ' ', badge('inference', l), c.why)),
      ),
    );
  if (view.nextSteps.length > 0)
    out.push(
      section(
        'next-steps',
        title(ui.nextSteps),
        view.nextSteps.map((s) => [
          lineEl(s.line, l),
          s.type && h('a', { class: 'more', href: `${root}t/${s.type}` }, `${ui.details} · ${s.name} ›`),
        ]),
      ),
    );
  return out;
}

function typeBody(body: Extract<PageBody, { kind: 'type' }>, l: Labels): HTMLElement[] {
  const d = body.detail;
  return [
    h(
      'section',
      { class: 'section type-head', ...accent(d.id) },
      h('h1', { class: 'type-name', id: 'type-name' }, d.name),
      h('p', null, d.summary),
      h('p', { class: 'muted' }, `${body.ui.analogy}${l.colon}`, d.analogy),
      d.tags.length > 0 &&
        h(
          'p',
          { class: 'tags' },
          d.tags.map((t) => h('span', { class: 'tag' }, t)),
        ),
    ),
    d.decide.length > 0
      ? section(
          'decide',
          title(body.ui.decide),
          d.decide.map((i) => itemEl(i, l)),
        )
      : null,
    // Every section, closed but the first as in the mini program; the browser opens them without script.
    ...d.sections.map((sec, i) =>
      h(
        'details',
        { class: 'section more-section', ...(i === 0 ? { open: '' } : {}) },
        h('summary', { class: 'section-title' }, sec.title, h('span', { class: 'muted hint' }, ` · ${sec.hint}`)),
        sec.items.map((item) => itemEl(item, l)),
      ),
    ),
  ].filter((x): x is HTMLElement => x !== null);
}

function planBody(body: Extract<PageBody, { kind: 'plan' }>, l: Labels): HTMLElement[] {
  const d = body.data;
  const ui = d.ui;
  return [
    h('p', { class: 'notice' }, ui.sharedNote),
    section(
      'summary',
      h('p', { class: 'muted' }, d.head.title),
      h('h1', { class: 'names', id: 'plan-names' }, d.head.names),
      h(
        'div',
        { class: 'figures' },
        h(
          'div',
          { class: 'figure' },
          h('p', { class: 'muted small' }, ui.timeLabel),
          h('p', { class: 'figure-value' }, badge(d.summary.time.m, l), d.summary.time.t),
        ),
        h(
          'div',
          { class: 'figure' },
          h('p', { class: 'muted small' }, ui.feesLabel),
          h('p', { class: 'figure-value' }, badge(d.summary.fees.m, l), d.summary.fees.t),
          d.summary.feeItems.map((f) => h('p', { class: 'muted small' }, badge(f.m, l), f.t)),
        ),
      ),
      d.summary.unstated && h('p', { class: 'muted small' }, d.summary.unstated),
      d.summary.unpriced && h('p', { class: 'muted small' }, d.summary.unpriced),
      d.summary.prepare.length > 0 && [
        h('h3', { class: 'list-title' }, ui.prepareLabel),
        h(
          'ul',
          null,
          d.summary.prepare.map((p) => h('li', null, p)),
        ),
      ],
      h('p', { class: 'muted small' }, ui.typical),
    ),
    section(
      'steps',
      title(ui.stepsTitle),
      d.groups.map((g) => [
        g.title && h('h3', { class: 'list-title group-title', ...accent(g.type) }, g.title),
        h(
          'ol',
          { class: 'step-list' },
          g.steps.map((s) =>
            h(
              'li',
              { class: 'step' },
              h(
                'p',
                { class: 'step-title' },
                h('span', { class: 'step-n' }, String(s.n)),
                s.title,
                s.optional && h('span', { class: 'tag' }, ui.optional),
              ),
              s.time.length > 0 && h('p', { class: 'muted small' }, h('b', null, `${ui.stepTime} `), parts(s.time, l)),
              s.fee.length > 0 && h('p', { class: 'muted small' }, h('b', null, `${ui.stepFee} `), parts(s.fee, l)),
            ),
          ),
        ),
      ]),
    ),
    ...(d.skipped.length > 0
      ? [
          section(
            'skipped',
            title(ui.skippedTitle),
            d.skipped.map((s) =>
              h('p', { class: 'line' }, h('b', null, s.title), ' ', h('span', { class: 'muted' }, s.reason)),
            ),
          ),
        ]
      : []),
  ];
}

function homeBody(body: Extract<PageBody, { kind: 'home' }>, l: Labels): HTMLElement[] {
  return [
    body.notice ? h('p', { class: 'notice damaged', role: 'alert', id: 'notice' }, body.notice) : null,
    section('intro', h('h1', null, body.ui.headline), h('p', { class: 'muted' }, body.ui.intro)),
    section(
      'cards',
      title(body.ui.typesTitle),
      body.cards.map((c) =>
        h(
          'a',
          { class: 'card', href: c.href, ...accent(c.id) },
          h('b', null, c.name),
          h('span', { class: 'muted small' }, c.summary),
          h('span', { class: 'small' }, `${body.cardLabels.who}${l.colon}${c.who}`),
          h('span', { class: 'small' }, `${body.cardLabels.quota}${l.colon}${c.quota}`),
        ),
      ),
    ),
  ].filter((x): x is HTMLElement => x !== null);
}

function bodyOf(page: WebPage, root: string): HTMLElement[] {
  const b = page.body;
  switch (b.kind) {
    case 'result':
      return resultBody(b, page.labels, root);
    case 'type':
      return typeBody(b, page.labels);
    case 'plan':
      return planBody(b, page.labels);
    case 'notice':
      return [h('p', { class: 'notice damaged', role: 'alert', id: 'notice' }, b.message)];
    case 'home':
      return homeBody(b, page.labels);
  }
}

/** Renders the page into `root` (document.body); `onSwitch` is the language switch, `onOpen` the scheme button. */
export function render(
  target: HTMLElement,
  page: WebPage,
  handlers: { onSwitch: () => void; onOpen: (scheme: string) => void },
): void {
  const l = page.labels;
  const siteRoot = page.root;
  const sw = h('button', { class: 'lang', type: 'button', 'aria-label': l.switchAria, id: 'lang-switch' }, l.switchTo);
  sw.addEventListener('click', handlers.onSwitch);
  const open = page.open;
  const button = open.scheme ? h('a', { class: 'open', id: 'open-in-wechat', href: open.scheme }, open.label) : null;
  if (button && open.scheme) {
    const scheme = open.scheme;
    button.addEventListener('click', (event) => {
      event.preventDefault();
      handlers.onOpen(scheme);
    });
  }
  target.replaceChildren(
    h(
      'header',
      { class: 'top' },
      h(
        'a',
        { class: 'brand', href: siteRoot },
        h('b', null, l.appTitle),
        h('span', { class: 'muted small' }, l.appSubtitle),
      ),
      sw,
    ),
    h(
      'main',
      { class: `page page-${page.body.kind}` },
      bodyOf(page, siteRoot),
      h(
        'section',
        { class: `section open-box${open.scheme ? '' : ' no-scheme'}`, id: 'open-note' },
        h('p', null, open.note),
      ),
      h('p', { class: 'muted small local' }, l.local),
    ),
    button ? h('div', { class: 'dock' }, button) : '',
  );
  document.title = page.title;
  document.documentElement.lang = page.lang === 'en' ? 'en' : 'zh-CN';
}
