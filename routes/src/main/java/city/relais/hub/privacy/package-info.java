/**
 * The processing register ({@code relais privacy-register}): what a city's data-protection impact assessment needs,
 * derived from its city file.
 */
package city.relais.hub.privacy;
