/** How many records come before a page (pages count from 1): the `skip` of a query, the `offset` of a search. */
export const pageOffset = ({ page, pageSize }: { page: number; pageSize: number }) => (page - 1) * pageSize;
