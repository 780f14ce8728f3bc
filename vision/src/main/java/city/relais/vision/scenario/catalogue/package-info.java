/**
 * Scenario recipes for the rest of the skill catalogue: composites on the real clips of the shared folder (persons of
 * TUD-Stadtmitte with their MOT ground truth, a real car crop driven over the highway's empty road, a real car crop
 * parked in a bay of the highway), each writing an MJPEG clip and its {@code NAME.scenario.yaml}
 * ({@code vision/SCENARIOS.md}). {@link city.relais.vision.scenario.catalogue.CatalogueScenarios#all()} lists them.
 */
package city.relais.vision.scenario.catalogue;
