import { app, Menu } from 'electron';
import type { Locale } from '../../src-shared/i18n/messages';
import type { MenuCommand } from '../../src-shared/protocol/host-api';
import { buildMenuTemplate } from './menu-template';
import { loadRecent, saveRecent, withRecent } from './recent-files';

export interface AppMenuOptions {
  recentFile: string;
  isDev: boolean;
  command(command: MenuCommand): void;
  openRecent(filePath: string): void;
}

/** Owns the native menu: rebuilds it when the language or the recent list changes. */
export class AppMenu {
  private locale: Locale = 'en';
  private recent: string[] = [];

  constructor(private readonly options: AppMenuOptions) {}

  /** Loads the recent list and shows the menu in `locale`. */
  async init(locale: Locale): Promise<void> {
    this.locale = locale;
    this.recent = await loadRecent(this.options.recentFile);
    this.render();
  }

  get currentLocale(): Locale {
    return this.locale;
  }

  setLocale(locale: Locale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.render();
  }

  /** Puts a project at the top of Open Recent (and the OS's own recent list). */
  addRecent(filePath: string): void {
    this.recent = withRecent(this.recent, filePath);
    app.addRecentDocument(filePath);
    this.persist();
    this.render();
  }

  private clearRecent(): void {
    this.recent = [];
    app.clearRecentDocuments();
    this.persist();
    this.render();
  }

  private persist(): void {
    void saveRecent(this.options.recentFile, this.recent).catch(() => undefined);
  }

  private render(): void {
    const template = buildMenuTemplate({
      locale: this.locale,
      platform: process.platform,
      isDev: this.options.isDev,
      recent: this.recent,
      command: this.options.command,
      openRecent: this.options.openRecent,
      clearRecent: () => this.clearRecent(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }
}
