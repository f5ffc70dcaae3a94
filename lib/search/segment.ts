// Chinese word segmentation with jieba. The dictionary loads once per process (~0.1 s), on first use.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let jieba: Jieba | undefined;
function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Only letters and digits make search terms: punctuation and query syntax (&|!:*()' …) are dropped ("100%" → 100). */
const NOT_WORD = /[^\p{L}\p{N}]/gu;

function clean(tokens: string[]): string[] {
  return tokens.map((t) => t.toLowerCase().replace(NOT_WORD, "")).filter((t) => t.length > 0);
}

/** Write time: search mode, so "符合条件" is findable as 符合, 条件 and 符合条件. */
export function indexTokens(text: string): string {
  return clean(instance().cutForSearch(text, true)).join(" ");
}

/** Query time: precise mode, one term per word the person typed. */
export function queryWords(text: string): string[] {
  return clean(instance().cut(text, true));
}
