/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SessionViewer {\n    viewer {\n      account {\n        id\n        nip\n        name\n      }\n      employee {\n        id\n        name\n      }\n      roles\n    }\n  }\n": typeof types.SessionViewerDocument,
    "\n  query Employees($first: Int, $after: Cursor, $orderBy: [EmployeeOrder!], $where: EmployeeWhereInput) {\n    employees(first: $first, after: $after, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...EmployeeRow_employee\n        }\n      }\n    }\n  }\n": typeof types.EmployeesDocument,
    "\n  query OrgUnitOptions($first: Int) {\n    orgUnits(first: $first, orderBy: [{ field: CODE, direction: ASC }]) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitOptionsDocument,
    "\n  fragment EmployeeRow_employee on Employee {\n    id\n    nip\n    name\n    rank\n    position\n    positionKind\n    active\n    unit {\n      id\n      code\n      name\n    }\n  }\n": typeof types.EmployeeRow_EmployeeFragmentDoc,
    "\n  query Home {\n    viewer {\n      account {\n        id\n        nip\n        name\n      }\n      roles\n      employee {\n        id\n        name\n        ...HomeEmployee_employee\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment HomeEmployee_employee on Employee {\n    nip\n    position\n    positionKind\n    rank\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.HomeEmployee_EmployeeFragmentDoc,
};
const documents: Documents = {
    "\n  query SessionViewer {\n    viewer {\n      account {\n        id\n        nip\n        name\n      }\n      employee {\n        id\n        name\n      }\n      roles\n    }\n  }\n": types.SessionViewerDocument,
    "\n  query Employees($first: Int, $after: Cursor, $orderBy: [EmployeeOrder!], $where: EmployeeWhereInput) {\n    employees(first: $first, after: $after, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...EmployeeRow_employee\n        }\n      }\n    }\n  }\n": types.EmployeesDocument,
    "\n  query OrgUnitOptions($first: Int) {\n    orgUnits(first: $first, orderBy: [{ field: CODE, direction: ASC }]) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.OrgUnitOptionsDocument,
    "\n  fragment EmployeeRow_employee on Employee {\n    id\n    nip\n    name\n    rank\n    position\n    positionKind\n    active\n    unit {\n      id\n      code\n      name\n    }\n  }\n": types.EmployeeRow_EmployeeFragmentDoc,
    "\n  query Home {\n    viewer {\n      account {\n        id\n        nip\n        name\n      }\n      roles\n      employee {\n        id\n        name\n        ...HomeEmployee_employee\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  fragment HomeEmployee_employee on Employee {\n    nip\n    position\n    positionKind\n    rank\n    unit {\n      id\n      name\n    }\n  }\n": types.HomeEmployee_EmployeeFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionViewer {\n    viewer {\n      account {\n        id\n        nip\n        name\n      }\n      employee {\n        id\n        name\n      }\n      roles\n    }\n  }\n"): (typeof documents)["\n  query SessionViewer {\n    viewer {\n      account {\n        id\n        nip\n        name\n      }\n      employee {\n        id\n        name\n      }\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employees($first: Int, $after: Cursor, $orderBy: [EmployeeOrder!], $where: EmployeeWhereInput) {\n    employees(first: $first, after: $after, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...EmployeeRow_employee\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Employees($first: Int, $after: Cursor, $orderBy: [EmployeeOrder!], $where: EmployeeWhereInput) {\n    employees(first: $first, after: $after, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...EmployeeRow_employee\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitOptions($first: Int) {\n    orgUnits(first: $first, orderBy: [{ field: CODE, direction: ASC }]) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitOptions($first: Int) {\n    orgUnits(first: $first, orderBy: [{ field: CODE, direction: ASC }]) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeRow_employee on Employee {\n    id\n    nip\n    name\n    rank\n    position\n    positionKind\n    active\n    unit {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EmployeeRow_employee on Employee {\n    id\n    nip\n    name\n    rank\n    position\n    positionKind\n    active\n    unit {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    viewer {\n      account {\n        id\n        nip\n        name\n      }\n      roles\n      employee {\n        id\n        name\n        ...HomeEmployee_employee\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    viewer {\n      account {\n        id\n        nip\n        name\n      }\n      roles\n      employee {\n        id\n        name\n        ...HomeEmployee_employee\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeEmployee_employee on Employee {\n    nip\n    position\n    positionKind\n    rank\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment HomeEmployee_employee on Employee {\n    nip\n    position\n    positionKind\n    rank\n    unit {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;