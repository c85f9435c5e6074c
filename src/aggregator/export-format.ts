/** The export formats of the Daftar Panjang Usulan: plain data, so flows can name a format without loading a writer. */

export type ExportFormat = "csv" | "xlsx" | "md";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "xlsx", "md"];

export const EXPORT_MIME: Record<ExportFormat, string> = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  md: "text/markdown",
};
