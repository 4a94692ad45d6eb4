/**
 * Stage 6: statements. Direct quotes get their speaker from a reporting verb next to the marks
 * (`”, said X`, `”, X said`, `X stressed … “…”`), from a label before a colon (`President Liz
 * Shuler, AFL-CIO: “…”`), or from the quote before when a quotation runs on into the next
 * paragraph. Paraphrases are sentences whose subject is an actor, a pronoun or a title followed by
 * a reporting verb (`Wang stressed the move is …`, `They agreed …`), sentences ending `…, X said`
 * or `…, according to X`. Pronoun and title speakers resolve to the nearest compatible speaker, with
 * lower confidence. `told X` gives whom it was said to.
 */
import type { DraftDoc, DraftStatement } from '../document.ts';
import { counterparts } from './attribution-rules.ts';
import { embeddedStatements } from './embedded-statements.ts';
import { paraphrases } from './paraphrase-statements.ts';
import { directQuotes } from './quote-statements.ts';

/** Drafts `doc.statements` from the quotes, sentences and entities found so far. */
export function findStatements(doc: DraftDoc): void {
  const statements: DraftStatement[] = [];
  directQuotes(doc, statements);
  paraphrases(doc, statements);
  embeddedStatements(doc, statements);
  const pair = counterparts(doc);
  if (pair) {
    for (const s of statements) {
      if (s.saidTo === undefined && pair.includes(s.speaker))
        s.saidTo = pair[0] === s.speaker ? pair[1] : pair[0];
    }
  }
  doc.statements = statements;
}
