/** Anything but printable ASCII (a plain ASCII word has nothing to fold but its case). */
const NON_ASCII = /[^ -~]/;

/** A word as the gazetteer and the construction files compare it: lower case, accents dropped ("Élysée" → "elysee"). */
export function foldWord(w: string): string {
  return !NON_ASCII.test(w)
    ? w.toLowerCase()
    : w
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}

/** LT109: a word already folded (foldWord), spelt as the tokenizer's normal form has it where NFD leaves a letter
 * whole (ı, ł, ø). */
export function withTokenLetters(folded: string): string {
  return /[ıłø]/.test(folded) ? folded.replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o') : folded;
}

/**
 * LT119: why a construction file's word can never match a token, if it cannot: it is not spelt as the tokenizer's
 * normal form spells it ("стоїть" is read "стоіть", "służby" "sluzby").
 */
export function normalFormProblem(entry: string): string | undefined {
  const normal = withTokenLetters(foldWord(entry));
  return normal === entry
    ? undefined
    : `"${entry}" can never match a word: write it as words are read, "${normal}"`;
}
