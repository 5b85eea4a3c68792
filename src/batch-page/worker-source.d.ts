/** The worker bundle's JavaScript as text (webpack.batch.js builds it first and resolves this name to it). */
declare module 'jixiao-batch-worker-source' {
  const source: string;
  export default source;
}
