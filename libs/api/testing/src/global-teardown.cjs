module.exports = async function globalTeardown() {
  const handle = globalThis.__WK_PGLITE__;
  if (handle) {
    await handle.server.stop();
    await handle.db.close();
  }
};
