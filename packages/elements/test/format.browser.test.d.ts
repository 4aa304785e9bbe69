export {};
//# sourceMappingURL=format.browser.test.d.ts.map
