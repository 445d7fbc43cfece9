/**
 * Several {@code serve} nodes on one database (the city platform): a node's name, the searchable
 * content the database holds for every node (console-published disclosures, added synonyms and
 * the version they bump), and the follower that keeps a node's own index up with that version.
 *
 * <p>May import: corpus, storage, config, bodies.
 */
package cn.gongkai.cluster;
