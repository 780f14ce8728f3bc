/**
 * Skills: rules on tracks and pixels inside drawn geometry that turn a camera's frames into typed, explained city
 * events. {@link city.relais.vision.skill.Skill} is the contract; each skill is built from its
 * {@code city.relais.config.skill} record.
 */
package city.relais.vision.skill;
