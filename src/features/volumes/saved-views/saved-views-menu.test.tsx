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
    expect(within(screen.getByRole('group', { name: 'Saved views' })).getByRole('status')).toHaveTextContent(
      'Saved view Big free disks',
    );

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

  it('renames and deletes a view, focus staying on the view’s buttons, then on the name field', async () => {
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
    expect(screen.getByRole('button', { name: 'Rename Broken volumes' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Delete Broken volumes' }));
    expect(screen.getByText('No saved views yet.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name this view' })).toHaveFocus();
  });

  it('asks before saving over a view of the same name: Cancel keeps it, Replace replaces it', async () => {
    window.history.replaceState(null, '', '/?state=error');
    renderWithProviders(<SavedViewsMenu />);
    const user = await saveCurrentView('mine');
    window.history.replaceState(null, '', '/?state=available');
    const field = screen.getByRole('textbox', { name: 'Name this view' });
    await user.type(field, 'mine{Enter}');

    const question = screen.getByRole('group', { name: 'A view named mine already exists. Replace it?' });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(within(list()).getByRole('link', { name: 'mine' })).toHaveAttribute('href', '?state=error');
    // Back in the field with the name still typed, to change it.
    expect(field).toHaveFocus();
    expect(field).toHaveValue('mine');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(within(list()).getAllByRole('link')).toHaveLength(1);
    expect(within(list()).getByRole('link', { name: 'mine' })).toHaveAttribute('href', '?state=available');
    expect(screen.getByText('Replaced view mine')).toBeInTheDocument();
    expect(field).toHaveFocus();
  });

  it('asks before a rename takes another view’s name, and keeps both until Replace', async () => {
    window.history.replaceState(null, '', '/?state=error');
    renderWithProviders(<SavedViewsMenu />);
    const user = await saveCurrentView('errors');
    window.history.replaceState(null, '', '/?state=available');
    await user.type(screen.getByRole('textbox', { name: 'Name this view' }), 'free{Enter}');

    await user.click(screen.getByRole('button', { name: 'Rename free' }));
    const input = screen.getByRole('textbox', { name: 'New name for free' });
    await user.clear(input);
    await user.type(input, 'errors{Enter}');
    const question = screen.getByRole('group', { name: 'A view named errors already exists. Replace it?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    // Nothing renamed: back in the field, which still holds the name typed.
    expect(within(list()).getByRole('link', { name: 'errors' })).toHaveAttribute('href', '?state=error');
    expect(screen.getByRole('textbox', { name: 'New name for free' })).toHaveValue('errors');
    expect(screen.getByRole('textbox', { name: 'New name for free' })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'New name for free' }), '{Enter}');
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(within(list()).getAllByRole('link')).toHaveLength(1);
    expect(within(list()).getByRole('link', { name: 'errors' })).toHaveAttribute('href', '?state=available');
    expect(screen.getByRole('button', { name: 'Rename errors' })).toHaveFocus();
  });

  it('undoes a delete from a toast screen readers hear, even after the panel has closed', async () => {
    window.history.replaceState(null, '', '/?state=error');
    renderWithProviders(<SavedViewsMenu />);
    const user = await saveCurrentView('one');
    await user.type(screen.getByRole('textbox', { name: 'Name this view' }), 'two{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Name this view' }), 'three{Enter}');

    await user.click(screen.getByRole('button', { name: 'Delete two' }));
    // Focus moves to the next view's Delete, not to <body>.
    expect(screen.getByRole('button', { name: 'Delete three' })).toHaveFocus();
    const toast = screen.getAllByRole('status').find((element) => element.textContent?.startsWith('Deleted'));
    expect(toast).toHaveTextContent('Deleted view two.');

    // Escape closes the panel; Tab from the Views button reaches Undo.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Views' })).toHaveFocus();
    await user.tab();
    expect(within(toast!).getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toast).toHaveTextContent('Restored view two.');
    expect(screen.getByRole('button', { name: 'Views' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Views' }));
    expect(
      within(list())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['one', 'two', 'three']);
  });

  it('moves focus into the panel on opening, and ↑ / ↓ stay in it', async () => {
    window.history.replaceState(null, '', '/?state=error');
    renderWithProviders(<SavedViewsMenu />);
    const user = await saveCurrentView('errors');
    await user.click(screen.getByRole('button', { name: 'Views' }));
    await user.click(screen.getByRole('button', { name: 'Views' }));
    expect(screen.getByRole('textbox', { name: 'Name this view' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(list()).getByRole('link', { name: 'errors' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('textbox', { name: 'Name this view' })).toHaveFocus();
    // In the text field the arrows are the field's own; from the last control ↓ wraps round.
    screen.getByLabelText('Import views (JSON)').focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('textbox', { name: 'Name this view' })).toHaveFocus();
    // Back on the button with the panel open, ↓ goes into the panel.
    screen.getByRole('button', { name: 'Views' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('textbox', { name: 'Name this view' })).toHaveFocus();
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
      await user.click(screen.getByRole('button', { name: 'Export views (JSON)' }));
      expect(downloads.links[0]?.download).toBe('scp-volumes-views.json');
      const text = (await downloads.blobs[0]?.text()) ?? '';

      localStorage.clear();
      await user.click(screen.getByRole('button', { name: 'Views' }));
      await user.click(screen.getByRole('button', { name: 'Views' }));
      expect(screen.getByText('No saved views yet.')).toBeInTheDocument();
      const file = new File([text], 'views.json', { type: 'application/json' });
      await user.upload(screen.getByLabelText('Import views (JSON)'), file);
      expect(await screen.findByText('Imported 1 view')).toBeInTheDocument();
      expect(within(list()).getByRole('link', { name: 'attached' })).toHaveAttribute(
        'href',
        '?state=in-use&sort=name:asc',
      );

      await user.upload(
        screen.getByLabelText('Import views (JSON)'),
        new File(['{"not":"views"}'], 'x.json'),
      );
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
