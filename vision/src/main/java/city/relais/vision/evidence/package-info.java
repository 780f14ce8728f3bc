/**
 * Evidence of an event, private by construction: {@link city.relais.vision.evidence.BlurredEvidence} is the only
 * code that writes an image, and only a blurred, masked JPEG (persons and plate areas anonymised in memory first);
 * {@link city.relais.vision.evidence.EvidencePurge} deletes snapshots past their retention. Nothing in this package
 * returns pixels: callers get an opaque {@code evidence:<id>} reference.
 */
package city.relais.vision.evidence;
