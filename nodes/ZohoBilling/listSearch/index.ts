import { searchExpenses } from './searchExpenses';
import { searchOrganizations } from './searchOrganizations';
import { searchProjectComments } from './searchProjectComments';
import { searchProjects } from './searchProjects';
import { searchProjectUsers } from './searchProjectUsers';
import { searchRecurringExpenses } from './searchRecurringExpenses';
import { searchTasks } from './searchTasks';
import { searchTimeEntries } from './searchTimeEntries';
import { searchAddons } from './searchAddons';
import { searchCoupons } from './searchCoupons';
import { searchItems } from './searchItems';
import { searchPlans } from './searchPlans';
import { searchPriceLists } from './searchPriceLists';
import { searchInvoices } from './searchInvoices';
import { searchQuoteComments } from './searchQuoteComments';
import { searchQuoteTemplates } from './searchQuoteTemplates';
import { searchQuotes } from './searchQuotes';
import { searchCustomers } from './searchCustomers';
import { searchContactPersons } from './searchContactPersons';
import { searchCards } from './searchCards';
import { searchHostedPages } from './searchHostedPages';
import { searchSubscriptionCards } from './searchSubscriptionCards';
import { searchSubscriptionItems } from './searchSubscriptionItems';
import { searchSubscriptionNotes } from './searchSubscriptionNotes';
import { searchSubscriptions } from './searchSubscriptions';
import { searchProducts } from './searchProducts';
import { searchEvents } from './searchEvents';

/** List searches behind the node's record pickers (resource locators). */
export const listSearch = {
	searchProducts,
	// catalog
	searchPlans,
	searchAddons,
	searchCoupons,
	searchItems,
	searchPriceLists,
	// customers and payments
	searchCustomers,
	searchContactPersons,
	searchCards,
	// subscriptions
	searchSubscriptions,
	searchHostedPages,
	searchSubscriptionCards,
	searchSubscriptionItems,
	searchSubscriptionNotes,
	// documents
	searchInvoices,
	searchQuotes,
	searchQuoteComments,
	searchQuoteTemplates,
	// events and settings
	searchOrganizations,
	searchEvents,
	// projects and expenses
	searchExpenses,
	searchRecurringExpenses,
	searchProjects,
	searchProjectUsers,
	searchProjectComments,
	searchTasks,
	searchTimeEntries,
};
