/**
 * The rest of the skill catalogue, next to the four headline skills: loitering, intrusion, parking overstay,
 * red-light crossing, counting, crowding, wrong way / forbidden class, abandoned object and on-demand waiting. Each is
 * a rule on tracks inside drawn geometry, with hold times and one event per track (or per zone) per episode; built by
 * {@link city.relais.vision.skill.catalogue.CatalogueSkills#create}. No face, no re-identification, no plate reading:
 * track ids are per camera.
 */
package city.relais.vision.skill.catalogue;
