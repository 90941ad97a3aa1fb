import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let nlp: WinkMethods | null = null;

/** The English pipeline, loaded once per process on first use (about 4 MB of model). */
function pipeline(): WinkMethods {
  nlp ??= winkNLP(model);
  return nlp;
}

/** "Self-aware", "self aware" and "self‑awareness" should meet: hyphens become spaces, accents go. */
function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[-\u2010-\u2015]/g, ' ').toLowerCase();
}

/** Porter stems of the words of a text, punctuation dropped: "delegating" and "delegation" both give "deleg". */
export function wordStems(text: string): string[] {
  const { its } = pipeline();
  const tokens = pipeline().readDoc(normalise(text)).tokens();
  const types = tokens.out(its.type) as string[];
  // wink-nlp's typings declare its.stem with an extra parameter; at run time it is an ordinary token property.
  const stems = tokens.out(its.stem as unknown as typeof its.value) as string[];
  return stems.filter((_, index) => types[index] === 'word' || types[index] === 'number');
}
