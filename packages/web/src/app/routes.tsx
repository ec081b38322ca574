import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';

// Route-level code splitting: each page is its own chunk, loaded on first visit.
const SearchPage = lazy(() => import('../pages/search/search-page.tsx').then((m) => ({ default: m.SearchPage })));
const EntityPage = lazy(() => import('../pages/entity/entity-page.tsx').then((m) => ({ default: m.EntityPage })));
const ReviewPage = lazy(() => import('../pages/review/review-page.tsx').then((m) => ({ default: m.ReviewPage })));
const ArticlePage = lazy(() => import('../pages/article/article-page.tsx').then((m) => ({ default: m.ArticlePage })));
const ArticlesPage = lazy(() => import('../pages/article/articles-page.tsx').then((m) => ({ default: m.ArticlesPage })));
const ExplorePage = lazy(() => import('../pages/explore/explore-page.tsx').then((m) => ({ default: m.ExplorePage })));
const SignInPage = lazy(() => import('../pages/sign-in/sign-in-page.tsx').then((m) => ({ default: m.SignInPage })));
const NotFoundPage = lazy(() =>
  import('../pages/not-found/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })),
);

/**
 * The route table. Entities of every type live under `/entities/:id` (the page picks a layout by
 * type), mirroring `/api/entities/:id`; issue 5's screens (review queue, explore…) add routes here.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<SearchPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="entities/:id" element={<EntityPage />} />
        <Route path="review" element={<ReviewPage />} />
        <Route path="articles" element={<ArticlesPage />} />
        <Route path="articles/:id" element={<ArticlePage />} />
        <Route path="explore" element={<ExplorePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
