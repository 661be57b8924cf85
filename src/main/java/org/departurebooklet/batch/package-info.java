/** A whole class at once: roster rows to booklets, the manifest, resume and shards. */
package org.departurebooklet.batch;
