/**
 * Internal: how a city file becomes a {@link city.relais.config.CityConfig}. A YAML tree that remembers lines
 * ({@link city.relais.config.load.YamlTreeReader}), binders that read it into records while collecting problems
 * ({@link city.relais.config.load.Fields}), and checks across records (references, duplicates). Not an API.
 */
package city.relais.config.load;
