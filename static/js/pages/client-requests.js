// Client: "My requests" — live list of the client's conversations with the brand.
import { mountList } from "../lib/listpage.js";

mountList({ viewer: "client" });
