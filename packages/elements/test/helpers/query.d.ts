/** Reading a widget's shadow DOM the way a visitor perceives it. */
export declare const q: (el: Element, selector: string) => HTMLElement | null;
export declare const qa: (el: Element, selector: string) => HTMLElement[];
/** Text with whitespace collapsed. */
export declare const txt: (n: Node | null | undefined) => string;
/** The event names shown, in order (without the status prefix). */
export declare const shownNames: (el: Element) => string[];
/** The live region's text. */
export declare const status: (el: Element) => string;
//# sourceMappingURL=query.d.ts.map
