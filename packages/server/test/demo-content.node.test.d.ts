export {};
//# sourceMappingURL=demo-content.node.test.d.ts.map