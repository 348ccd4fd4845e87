// Types for electron-vite's import suffixes (`?modulePath` for the engine bundle).
/// <reference types="electron-vite/node" />
