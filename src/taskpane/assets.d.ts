/** Bundled spreadsheets are inlined as data: URLs (webpack asset/inline). */
declare module '*.xlsx' {
  const dataUrl: string;
  export default dataUrl;
}
