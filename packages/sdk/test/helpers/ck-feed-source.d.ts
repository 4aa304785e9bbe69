export {};
//# sourceMappingURL=ck-feed-source.d.ts.map
