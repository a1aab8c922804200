import type { APIRequestContext, Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

interface Attachment {
  id: string;
  device: string | null;
}

interface ListedVolume {
  id: string;
  name: string | null;
  multiattach: boolean;
  servers: Attachment[];
  volume_image_metadata: Record<string, unknown> | null;
}

/** The <dd> that belongs to the <dt> labelled `label`. */
function valueOf(scope: Locator, label: string): Locator {
  return scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

async function listVolumes(request: APIRequestContext, query: string): Promise<ListedVolume[]> {
  const response = await request.get(`/api/v1/volumes?${query}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { volumes: ListedVolume[] }).volumes;
}

test.describe('the volume drawer sections', () => {
  test('a multi-attach volume shows every server by name', async ({ page, request }) => {
    const inUse = await listVolumes(request, 'state=in-use&limit=1000');
    const shared = inUse
      .filter((volume) => volume.multiattach && volume.servers.length >= 2)
      .sort((a, b) => b.servers.length - a.servers.length)[0];
    if (!shared) throw new Error('the simulator returned no multi-attach volume with two or more servers');
    const names = await Promise.all(
      shared.servers.map(async (attachment) => {
        const response = await request.get(`/api/v1/servers/${attachment.id}`);
        return ((await response.json()) as { name: string }).name;
      }),
    );

    await page.goto(`/?volume=${shared.id}`);
    const attachments = page.getByRole('dialog').getByRole('region', { name: 'Attachments' });
    const rows = attachments.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rows).toHaveCount(shared.servers.length);
    for (const [index, attachment] of shared.servers.entries()) {
      const row = rows.nth(index);
      await expect(row.getByRole('cell').first()).toHaveText(names[index]!);
      await expect(row).toContainText(attachment.device ?? '');
      await expect(row.getByRole('button', { name: 'Copy server ID' })).toBeVisible();
    }
    await expect(attachments).not.toContainText(/Name unavailable|Server not found/);
  });

  test('a bootable volume shows its image metadata', async ({ page, request }) => {
    const bootable = await listVolumes(request, 'bootable=true&limit=200');
    const imaged = bootable.find(
      ({ volume_image_metadata: image }) => image?.image_name && image.checksum && image.image_id,
    );
    if (!imaged?.volume_image_metadata)
      throw new Error('the simulator returned no bootable volume with image metadata');
    const metadata = imaged.volume_image_metadata;

    await page.goto(`/?volume=${imaged.id}`);
    const dialog = page.getByRole('dialog');
    await expect(valueOf(dialog.getByRole('region', { name: 'Overview' }), 'Bootable')).toHaveText('Yes');
    const section = dialog.getByRole('region', { name: 'Image metadata' });
    await expect(valueOf(section, 'Image name')).toHaveText(String(metadata.image_name));
    await expect(valueOf(section, 'Checksum')).toContainText(String(metadata.checksum));
    await expect(valueOf(section, 'Signature verified')).toHaveText(
      metadata.signature_verified
        ? 'Yes, verified'
        : metadata.signature_verified === false
          ? 'No, not verified'
          : /Not set/,
    );
    // All 13 documented fields are listed, set or not (plus any extra key the API sent).
    expect(await section.getByRole('term').count()).toBeGreaterThanOrEqual(13);
    await expect(section.getByRole('button', { name: 'Copy checksum' })).toBeVisible();
    await expect(section.getByRole('button', { name: 'Copy image ID' })).toBeVisible();
  });
});
