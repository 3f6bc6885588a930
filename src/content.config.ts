import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot, entryId, LAYOUT, type CollectionName } from './content-layout';
import { articleSchema } from './schemas/article';
import { communitySchema } from './schemas/community';
import { districtSchema } from './schemas/district';
import { personSchema } from './schemas/person';
import { seriesSchema } from './schemas/series';
import { topicSchema } from './schemas/topic';

const root = contentRoot();

/**
 * Reads one collection from its folder; the id is the folder or file name, never a frontmatter field.
 * The raw text of an entry is not kept in the content store: pages render MDX from the file, and the
 * store's copy of 10,000 bodies (about 70 MB) would be bundled and held in memory for nothing.
 */
function loaderFor(name: CollectionName) {
  const { folder, pattern } = LAYOUT[name];
  return glob({
    pattern,
    base: `${root}/${folder}`,
    generateId: ({ entry }) => entryId(entry),
    retainBody: false,
  });
}

export const collections = {
  articles: defineCollection({ loader: loaderFor('articles'), schema: ({ image }) => articleSchema(image) }),
  series: defineCollection({ loader: loaderFor('series'), schema: seriesSchema }),
  districts: defineCollection({ loader: loaderFor('districts'), schema: districtSchema }),
  topics: defineCollection({ loader: loaderFor('topics'), schema: topicSchema }),
  communities: defineCollection({ loader: loaderFor('communities'), schema: communitySchema }),
  people: defineCollection({ loader: loaderFor('people'), schema: personSchema }),
};
