import { searchProducts } from './searchProducts';

/** List searches behind the node's record pickers (resource locators). */
export const listSearch = {
	searchProducts,
	// catalog
	// customers and payments
	// subscriptions
	// documents
	// events and settings
	// projects and expenses
};
