export { exportRun, EXPORT_RUN_FORMATS, PREDICT_SNIPPET, type ExportRunFormat, type ExportRunInput } from './formats';
export { writeKerasH5 } from './h5/write-keras-h5';
export { writeReports, reportFiles, historyCsv, confusionMatrixCsv, perClassCsv } from './reports';
