/**
 * The detection core: sources (JavaCV) → privacy masks → motion gating → detection (models) → tracking → geometry.
 * Public API = records and small interfaces; JavaCV and DJL types stay inside the packages' internals.
 */
package city.relais.vision;
