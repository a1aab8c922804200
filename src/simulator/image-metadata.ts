import type { ImageMetadata } from '../scp/volume-schema.ts';
import { IMAGES, type ImageSpec } from './catalog.ts';
import { createRng, hex, pick, type Rng } from './random.ts';

const K8S_IMAGES = IMAGES.filter((image) => image.k8sVersion !== null);
const OS_IMAGES = IMAGES.filter((image) => image.k8sVersion === null);

/** Kubernetes nodes boot from node images; everything else from a plain OS or custom image. */
export function pickImage(rng: Rng, serverName: string | null): ImageSpec {
  return pick(rng, serverName?.startsWith('k8s-') ? K8S_IMAGES : OS_IMAGES);
}

/** A checksum that belongs to the image, not to the volume: the same image, the same md5. */
function checksumOf(image: ImageSpec): string {
  return hex(createRng(`checksum:${image.id}`), 32);
}

const metadataCache = new Map<string, ImageMetadata>();

/**
 * Volumes made from one image share its metadata object, as they share its values: never
 * mutated, and 100,000 volumes then do not hold 30,000 copies of the same dozen fields.
 */
export function imageMetadata(image: ImageSpec): ImageMetadata {
  let metadata = metadataCache.get(image.id);
  if (!metadata) metadataCache.set(image.id, (metadata = buildMetadata(image)));
  return metadata;
}

function buildMetadata(image: ImageSpec): ImageMetadata {
  return {
    checksum: checksumOf(image),
    container_format: 'bare',
    disk_format: image.diskFormat,
    image_id: image.id,
    image_name: image.name,
    min_disk: image.minDisk,
    min_ram: 0,
    os_distro: image.osDistro,
    scp_image_type: image.imageType,
    ...(image.k8sVersion === null ? {} : { scp_k8s_version: image.k8sVersion }),
    scp_original_image_type: 'standard',
    signature_verified: false,
    size: image.sizeBytes,
  };
}

/** An image imported long ago with half its properties: the UI must cope with the gaps. */
export const PARTIAL_IMAGE_METADATA: ImageMetadata = {
  image_name: 'legacy-centos7-custom',
  os_distro: null,
  min_disk: 0,
};
