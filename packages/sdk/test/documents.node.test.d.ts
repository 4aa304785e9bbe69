export {};
//# sourceMappingURL=documents.node.test.d.ts.map
