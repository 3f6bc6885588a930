import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot, entryId, LAYOUT, type CollectionName } from './content-layout';
import { articleLoader } from './loaders/article-loader';
import { articleEntrySchema } from './schemas/article';
import { communitySchema } from './schemas/community';
import { districtSchema } from './schemas/district';
import { personSchema } from './schemas/person';
import { seriesSchema } from './schemas/series';
import { topicSchema } from './schemas/topic';

const root = contentRoot();

/**
 * Reads one collection from its folder; the id is the folder or file name, never a frontmatter field.
 * The raw text of an entry is not kept in the content store: nothing reads it, and the store's copy
 * of 10,000 bodies (about 70 MB) would be bundled and held in memory for nothing. Articles have
 * their own loader: their pages compile the body from the file (src/data/article-body.ts).
 */
function loaderFor(name: Exclude<CollectionName, 'articles'>) {
  const { folder, pattern } = LAYOUT[name];
  return glob({
    pattern,
    base: `${root}/${folder}`,
    generateId: ({ entry }) => entryId(entry),
    retainBody: false,
  });
}

export const collections = {
  articles: defineCollection({
    loader: articleLoader({ base: `${root}/${LAYOUT.articles.folder}`, pattern: LAYOUT.articles.pattern }),
    schema: ({ image }) => articleEntrySchema(image),
  }),
  series: defineCollection({ loader: loaderFor('series'), schema: seriesSchema }),
  districts: defineCollection({ loader: loaderFor('districts'), schema: districtSchema }),
  topics: defineCollection({ loader: loaderFor('topics'), schema: topicSchema }),
  communities: defineCollection({ loader: loaderFor('communities'), schema: communitySchema }),
  people: defineCollection({ loader: loaderFor('people'), schema: personSchema }),
};
