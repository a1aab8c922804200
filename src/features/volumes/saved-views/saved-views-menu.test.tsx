import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubDownloads } from '../../../test/browser/stub-downloads.ts';
import { columnVisibilityStore } from '../table/column-visibility.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { SavedViewsMenu } from './saved-views-menu.tsx';

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

async function saveCurrentView(name: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Views' }));
  await user.type(screen.getByRole('textbox', { name: 'Name this view' }), name);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return user;
}

const list = () => screen.getByRole('list', { name: 'Saved views list' });

describe('saved views', () => {
  it('saves the view’s URL (page and open volume left out) and columns, and opening it restores both', async () => {
    window.history.replaceState(
      null,
      '',
      '/?name=db&state=available&region=kr-east1&sort=size:desc&page=3&per_page=50&volume=vol-1',
    );
    columnVisibilityStore.set({ volume_type: false });
    renderWithProviders(<SavedViewsMenu />);
    const user = await saveCurrentView('Big free disks');
    expect(screen.getByRole('status')).toHaveTextContent('Saved view Big free disks');

    const link = within(list()).getByRole('link', { name: 'Big free disks' });
    const saved = new URLSearchParams(link.getAttribute('href') ?? '');
    expect(Object.fromEntries(saved)).toEqual({
      name: 'db',
      state: 'available',
      region: 'kr-east1',
      sort: 'size:desc',
      per_page: '50',
    });

    window.history.replaceState(null, '', '/?state=error');
    columnVisibilityStore.set({});
    await user.click(within(list()).getByRole('link', { name: 'Big free disks' }));
    expect(new URLSearchParams(window.location.search).toString()).toBe(saved.toString());
    expect(columnVisibilityStore.get()).toEqual({ volume_type: false });
    // Opening navigates and closes the panel.
    expect(screen.queryByRole('group', { name: 'Saved views' })).toBeNull();
  });

  it('renames and deletes a view', async () => {
    window.history.replaceState(null, '', '/?state=error');
    renderWithProviders(<SavedViewsMenu />);
    const user = await saveCurrentView('errors');
    await user.click(screen.getByRole('button', { name: 'Rename errors' }));
    const input = screen.getByRole('textbox', { name: 'New name for errors' });
    await user.clear(input);
    await user.type(input, 'Broken volumes{Enter}');
    expect(within(list()).getByRole('link', { name: 'Broken volumes' })).toHaveAttribute(
      'href',
      '?state=error',
    );
    expect(within(list()).queryByRole('link', { name: 'errors' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Delete Broken volumes' }));
    expect(screen.getByText('No saved views yet.')).toBeInTheDocument();
  });

  it('survives a reload: a fresh copy of the module reads the views back from localStorage', async () => {
    window.history.replaceState(null, '', '/?bootable=true');
    renderWithProviders(<SavedViewsMenu />);
    await saveCurrentView('boot');
    cleanup();

    // A reload starts every module afresh: nothing may survive in memory.
    vi.resetModules();
    const fresh = await import('./saved-views-menu.tsx');
    const providers = await import('../../../test/browser/render.tsx');
    providers.renderWithProviders(<fresh.SavedViewsMenu />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Views' }));
    expect(within(list()).getByRole('link', { name: 'boot' })).toHaveAttribute('href', '?bootable=true');
  });

  it('exports the list as JSON and imports it back into an empty browser', async () => {
    const downloads = stubDownloads();
    try {
      window.history.replaceState(null, '', '/?state=in-use&sort=name:asc');
      renderWithProviders(<SavedViewsMenu />);
      const user = await saveCurrentView('attached');
      await user.click(screen.getByRole('button', { name: 'Export JSON' }));
      expect(downloads.links[0]?.download).toBe('scp-volumes-views.json');
      const text = (await downloads.blobs[0]?.text()) ?? '';

      localStorage.clear();
      await user.click(screen.getByRole('button', { name: 'Views' }));
      await user.click(screen.getByRole('button', { name: 'Views' }));
      expect(screen.getByText('No saved views yet.')).toBeInTheDocument();
      const file = new File([text], 'views.json', { type: 'application/json' });
      await user.upload(screen.getByLabelText('Import JSON'), file);
      expect(await screen.findByText('Imported 1 view')).toBeInTheDocument();
      expect(within(list()).getByRole('link', { name: 'attached' })).toHaveAttribute(
        'href',
        '?state=in-use&sort=name:asc',
      );

      await user.upload(screen.getByLabelText('Import JSON'), new File(['{"not":"views"}'], 'x.json'));
      expect(await screen.findByText('That file is not a list of saved views.')).toBeInTheDocument();
    } finally {
      downloads.restore();
    }
  });

  it('speaks Korean', async () => {
    renderWithProviders(<SavedViewsMenu />, { locale: 'ko' });
    await userEvent.setup().click(await screen.findByRole('button', { name: '보기' }));
    expect(screen.getByRole('group', { name: '저장된 보기' })).toHaveTextContent('저장된 보기가 없습니다.');
  });
});
