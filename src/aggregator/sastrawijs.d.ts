/** Types for sastrawijs: its own typings are not reachable through its package "exports" map under NodeNext. */
declare module "sastrawijs" {
  export class Stemmer {
    constructor(dictionary?: string[]);
    stem(word: string): string;
  }
  export class Tokenizer {
    tokenize(sentence: string): string[];
  }
}
