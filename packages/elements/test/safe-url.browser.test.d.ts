export {};
//# sourceMappingURL=safe-url.browser.test.d.ts.map
