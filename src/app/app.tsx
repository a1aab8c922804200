import { Providers } from './providers.tsx';

export function App() {
  return (
    <Providers>
      <div className="flex min-h-screen flex-col">
        <header className="flex h-12 items-center gap-3 border-b border-zinc-200 px-4 dark:border-zinc-800">
          <h1 className="text-sm font-semibold tracking-tight">SCP Volumes</h1>
        </header>
        <main className="flex-1 p-4">
          <p className="text-sm text-zinc-500">Volumes will appear here.</p>
        </main>
      </div>
    </Providers>
  );
}
