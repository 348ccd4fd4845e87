export { exportModel, modelFiles, type ExportInput } from './save';
export { importModel, type ImportedModel } from './load';
export { writeFolderAtomically, type FolderFile } from './atomic-dir';
export * from './files';
