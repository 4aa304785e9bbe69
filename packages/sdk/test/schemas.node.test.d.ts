export {};
//# sourceMappingURL=schemas.node.test.d.ts.map
