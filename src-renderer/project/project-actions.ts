import type { HostApi, OpenedFile } from '../../src-shared/protocol/host-api';
import { appError, type AppError } from '../../src-shared/protocol/result';
import {
  PROJECT_MAX_CHARS,
  createProject,
  parseProject,
  projectFileName,
  projectNameFromFileName,
  serializeProject,
} from '../../src-shared/project';
import type { EditorStore } from '../store/editor-store';
import type { ProjectStore, UnsavedChoice } from './project-store';
import type { KeyValueStorage } from './key-value-storage';
import { isProjectDirty } from './dirty';
import { rememberRecent, type RecentProject } from './recent';
import { clearRecovery, readRecovery } from './recovery';

/** Everything the project commands work on; the app passes the window's, tests their own. */
export interface ProjectContext {
  host: HostApi;
  editor: EditorStore;
  project: ProjectStore;
  storage: KeyValueStorage;
  /** Name used for untitled projects in file names (translated by the caller). */
  untitledName: string;
  now?: () => Date;
}

const isDirty = (ctx: ProjectContext) => isProjectDirty(ctx);

const MIB = 1024 * 1024;

/** A project too large to open again is not written: the user is told to slim it first. */
function tooLarge(contents: string): AppError | null {
  if (contents.length <= PROJECT_MAX_CHARS) return null;
  const sizeMb = Math.ceil(contents.length / MIB);
  const limitMb = PROJECT_MAX_CHARS / MIB;
  return appError(
    'PROJECT_TOO_LARGE',
    `The project is ${sizeMb} MB, more than the ${limitMb} MB a project file may hold.`,
    {
      params: { sizeMb, limitMb },
      hint: 'Forget the trained weights of runs you no longer need, then save again.',
    },
  );
}

function showError(ctx: ProjectContext, error: AppError): void {
  ctx.project.setState({ error });
}

/** Asks the user (through the store's dialog) what to do with unsaved changes. */
export function askUnsaved(ctx: ProjectContext): Promise<UnsavedChoice> {
  return new Promise((resolve) => {
    ctx.project.getState().confirm?.('cancel');
    ctx.project.setState({
      confirm: (choice) => {
        ctx.project.setState({ confirm: null });
        resolve(choice);
      },
    });
  });
}

/** True when it is fine to replace the open project: nothing unsaved, saved now, or discarded. */
export async function guardUnsaved(ctx: ProjectContext): Promise<boolean> {
  if (ctx.editor.getState().locked) {
    showError(
      ctx,
      appError(
        'TRAINING_ALREADY_RUNNING',
        'A model is training; stop it before opening or starting another project.',
      ),
    );
    return false;
  }
  if (!isDirty(ctx)) return true;
  const choice = await askUnsaved(ctx);
  if (choice === 'cancel') return false;
  if (choice === 'save') return saveProject(ctx);
  return true;
}

/** Starts an untitled project with Input and Output placed. */
export async function newProject(ctx: ProjectContext): Promise<boolean> {
  if (!(await guardUnsaved(ctx))) return false;
  ctx.editor.getState().newDocument();
  ctx.project.setState({
    name: null,
    path: null,
    hasFile: false,
    runs: [],
    savedRuns: [],
    error: null,
  });
  clearRecovery(ctx.storage);
  return true;
}

/** Opens file contents as the project; a bad file leaves the open project as it was. */
export function loadOpenedFile(ctx: ProjectContext, file: OpenedFile): boolean {
  const parsed = parseProject(file.contents);
  if (!parsed.ok) {
    showError(ctx, parsed.error);
    return false;
  }
  const project = parsed.value;
  ctx.editor.getState().load(project.graph);
  const name = projectNameFromFileName(file.name) || project.name;
  ctx.project.setState({
    name,
    path: file.path,
    hasFile: true,
    runs: project.runs,
    savedRuns: project.runs,
    error: null,
  });
  clearRecovery(ctx.storage);
  remember(ctx, { name, path: file.path, contents: file.contents });
  return true;
}

/** File → Open: asks about unsaved changes, then for a file. */
export async function openProject(ctx: ProjectContext): Promise<boolean> {
  if (!(await guardUnsaved(ctx))) return false;
  const picked = await ctx.host.openProject();
  if (!picked.ok) {
    showError(ctx, picked.error);
    return false;
  }
  return picked.value === null ? false : loadOpenedFile(ctx, picked.value);
}

/** A file the OS or the menu asks to open (desktop app). */
export async function openIncomingFile(ctx: ProjectContext, file: OpenedFile): Promise<boolean> {
  if (!(await guardUnsaved(ctx))) return false;
  return loadOpenedFile(ctx, file);
}

/** Reopens a project from the recent list (its stored copy). */
export async function openRecent(ctx: ProjectContext, entry: RecentProject): Promise<boolean> {
  if (entry.contents === null) return false;
  if (!(await guardUnsaved(ctx))) return false;
  return loadOpenedFile(ctx, {
    name: `${entry.name}.camadas`,
    path: entry.path,
    contents: entry.contents,
  });
}

/**
 * Save (or Save As with `as`): writes the project through the host, which asks for a place when
 * needed. Returns true when it was written. Edits made while the dialog is open stay unsaved.
 */
export async function saveProject(
  ctx: ProjectContext,
  options: { as?: boolean } = {},
): Promise<boolean> {
  const editor = ctx.editor.getState();
  const state = ctx.project.getState();
  const doc = editor.doc;
  const runs = state.runs;
  const name = state.name ?? ctx.untitledName;
  const contents = serializeProject(createProject(name, doc, runs, ctx.now?.() ?? new Date()));
  const refused = tooLarge(contents);
  if (refused !== null) {
    showError(ctx, refused);
    return false;
  }
  const askWhere =
    options.as === true || !state.hasFile || (ctx.host.kind === 'electron' && state.path === null);
  ctx.project.setState({ busy: true });
  const saved = await ctx.host.saveProject({
    contents,
    path: askWhere ? null : state.path,
    suggestedName: projectFileName(name),
  });
  ctx.project.setState({ busy: false });
  if (!saved.ok) {
    showError(ctx, saved.error);
    return false;
  }
  if (saved.value === null) return false;
  const savedName = projectNameFromFileName(saved.value.name);
  // Runs finished or renamed while the dialog was open stay unsaved, like graph edits.
  ctx.project.setState({
    name: savedName,
    path: saved.value.path,
    hasFile: true,
    savedRuns: runs,
    error: null,
  });
  if (ctx.editor.getState().doc === doc) ctx.editor.getState().markSaved();
  else ctx.editor.setState({ savedDoc: doc });
  if (!isDirty(ctx)) clearRecovery(ctx.storage);
  remember(ctx, { name: savedName, path: saved.value.path, contents });
  return true;
}

/** Restores the work found in the recovery slot; it stays unsaved until the user saves. */
export function recoverProject(ctx: ProjectContext): boolean {
  if (ctx.editor.getState().locked) return false;
  const snapshot = ctx.project.getState().recovery ?? readRecovery(ctx.storage);
  ctx.project.setState({ recovery: null });
  if (snapshot === null) return false;
  const parsed = parseProject(snapshot.contents);
  if (!parsed.ok) {
    clearRecovery(ctx.storage);
    showError(ctx, parsed.error);
    return false;
  }
  ctx.editor.getState().load(parsed.value.graph, { saved: false });
  const untitled = parsed.value.name === ctx.untitledName && snapshot.path === null;
  ctx.project.setState({
    name: untitled ? null : parsed.value.name,
    path: snapshot.path,
    hasFile: snapshot.path !== null,
    runs: parsed.value.runs,
    // Recovered runs are unsaved work too.
    savedRuns: [],
  });
  return true;
}

/** Throws the recovered work away. */
export function discardRecovery(ctx: ProjectContext): void {
  clearRecovery(ctx.storage);
  ctx.project.setState({ recovery: null });
}

function remember(ctx: ProjectContext, entry: Omit<RecentProject, 'at'>): void {
  const at = (ctx.now?.() ?? new Date()).toISOString();
  ctx.project.setState({ recent: rememberRecent(ctx.storage, { ...entry, at }) });
}
