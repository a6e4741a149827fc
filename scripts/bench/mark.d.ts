/** Minimal types for the parts of mark.js 8 the benchmark uses (the package ships none). */
declare module 'mark.js/dist/mark.es6.js' {
  interface MarkOptions {
    acrossElements?: boolean;
    separateWordSearch?: boolean;
    accuracy?: 'partially' | 'complementary' | 'exactly';
    caseSensitive?: boolean;
    done?: (total: number) => void;
  }
  export default class Mark {
    constructor(ctx: Element | Element[] | NodeList | string);
    mark(keyword: string | string[], options?: MarkOptions): void;
    markRegExp(re: RegExp, options?: MarkOptions): void;
    unmark(options?: MarkOptions): void;
  }
}
