import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt2 = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt2} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v2, i) => toJS(v2, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v2 = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v2;
          v2 = a;
        } else {
          v2 = /* @__PURE__ */ new Map([[k, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it2) => identity.isNode(it2) || identity.isPair(it2) ? it2.clone(schema) : it2);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text3, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text3;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text3.length <= endStep)
        return text3;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text3, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text3[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text3[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text3, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text3[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text3[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text3;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text3;
      if (onFold)
        onFold();
      let res = text3.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text3.length;
        if (fold === 0)
          res = `
${indent}${text3.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text3[fold]}\\`;
          res += `
${indent}${text3.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text3, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text3[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text3[++i];
        } else {
          do {
            ch = text3[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text3[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it2 of source.items)
          mergeValue(ctx, map, it2);
      else if (Array.isArray(source))
        for (const it2 of source)
          mergeValue(ctx, map, it2);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v2 = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v2);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_2, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it2 of items) {
        if (identity.isPair(it2)) {
          if (it2.key === key || it2.key === k)
            return it2;
          if (identity.isScalar(it2.key) && it2.key.value === k)
            return it2;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it2 = findPair(this.items, key);
        if (!it2)
          return false;
        const del = this.items.splice(this.items.indexOf(it2), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it2 = findPair(this.items, key);
        const node = it2?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_2, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it2 = this.items[idx];
        return !keepScalar && identity.isScalar(it2) ? it2.value : it2;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_2, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it2 of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it2 : String(i++);
              it2 = replacer.call(obj, key, it2);
            }
            seq.items.push(createNode.createNode(it2, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string4 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string4;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string4 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string4.string,
      _null3.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it2 of iterable) {
          if (typeof replacer === "function")
            it2 = replacer.call(iterable, String(i++), it2);
          let key, value;
          if (Array.isArray(it2)) {
            if (it2.length === 2) {
              key = it2[0];
              value = it2[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it2}`);
          } else if (it2 && it2 instanceof Object) {
            const keys = Object.keys(it2);
            if (keys.length === 1) {
              key = keys[0];
              value = it2[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it2;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_2, ctx) {
        if (!ctx)
          return super.toJSON(_2);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_2, ctx) {
        return super.toJSON(_2, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date3 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date3 -= 6e4 * d;
        }
        return new Date(date3);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string4 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string4.string,
      _null3.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string4 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string4.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null3.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string4 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string4.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v2 = this.createNode(value, null, options);
        return new Pair.Pair(k, v2);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError2 = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError2;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st2 of key.end)
              if (st2.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it2 of key.items) {
            for (const st2 of it2.start)
              if (st2.type === "newline")
                return true;
            if (it2.sep) {
              for (const st2 of it2.sep)
                if (st2.type === "newline")
                  return true;
            }
            if (containsNewline(it2.key) || containsNewline(it2.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st2 of start) {
              switch (st2.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st2.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st2 of sep4) {
                  if (st2 === valueProps.found)
                    break;
                  if (st2.type === "newline") {
                    onError(st2, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce2, ...ee2] = fc.end;
      let cePos = offset;
      if (ce2?.source === expectedEnd)
        cePos = ce2.offset + ce2.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce2 && ce2.source.length !== 1)
          ee2.unshift(ce2);
      }
      if (ee2.length > 0) {
        const end = resolveEnd.resolveEnd(ee2, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt2 = ctx.schema.knownTags[tagName];
        if (kt2?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt2, { default: false }));
          tag = kt2;
        } else {
          if (kt2) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt2.tag} used for ${expType} collection, but expects ${kt2.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt2 = schema.knownTags[tagName];
      if (kt2 && !kt2.collection) {
        schema.tags.push(Object.assign({}, kt2, { default: false, test: void 0 }));
        return kt2;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st2 = before[i];
          switch (st2.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st2.source.length;
              continue;
          }
          st2 = before[++i];
          while (st2?.type === "space") {
            offset += st2.source.length;
            st2 = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it2 = dc.items[0];
            if (identity.isPair(it2))
              it2 = it2.key;
            const cb = it2.commentBefore;
            it2.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he2 = source.indexOf("\n");
          const head = source.substring(0, he2);
          const body = source.substring(he2 + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he2 = source.indexOf("\n");
      const head = source.substring(0, he2);
      const body = source.substring(he2 + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st2 of end)
          switch (st2.type) {
            case "space":
            case "comment":
              props.push(st2);
              break;
            case "newline":
              props.push(st2);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st2) => st2.type === "space" || st2.type === "comment" || st2.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st2 of token.end)
            res += st2.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st2 of start)
        res += st2.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st2 of sep4)
          res += st2.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt2 = this.buffer.substr(offset, 3);
          if ((dt2 === "---" || dt2 === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it2 = parent.items[parent.items.length - 1];
          return it2.sep ?? it2.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it2 of fc.items) {
          if (it2.sep && !it2.value && !includesToken(it2.start, "explicit-key-ind") && !includesToken(it2.sep, "map-value-ind")) {
            if (it2.key)
              it2.value = it2.key;
            delete it2.key;
            if (isFlowToken(it2.value)) {
              if (it2.value.end)
                arrayPushArray(it2.value.end, it2.sep);
              else
                it2.value.end = it2.sep;
            } else
              arrayPushArray(it2.start, it2.sep);
            delete it2.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st2 = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st2;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it2.sep) {
                it2.value = token;
              } else {
                Object.assign(it2, { key: token, sep: [] });
                this.onKeyLine = !it2.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value)
                top.items.push({ start: [], value: token });
              else
                it2.value = token;
              break;
            }
            case "flow-collection": {
              const it2 = top.items[top.items.length - 1];
              if (!it2 || it2.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it2.sep)
                it2.value = token;
              else
                Object.assign(it2, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st2) => st2.type !== "comment" || st2.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it2 = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              it2.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it2.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it2.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it2.sep || it2.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it2.sep && !it2.value) {
            const nl = [];
            for (let i = 0; i < it2.sep.length; ++i) {
              const st2 = it2.sep[i];
              switch (st2.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st2.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it2.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it2.sep) {
                it2.sep.push(this.sourceToken);
              } else {
                it2.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it2.sep && !it2.explicitKey) {
                it2.start.push(this.sourceToken);
                it2.explicitKey = true;
              } else if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it2.explicitKey) {
                if (!it2.sep) {
                  if (includesToken(it2.start, "newline")) {
                    Object.assign(it2, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it2.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it2.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it2.key) && !includesToken(it2.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it2.start);
                  const key = it2.key;
                  const sep4 = it2.sep;
                  sep4.push(this.sourceToken);
                  delete it2.key;
                  delete it2.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it2.sep = it2.sep.concat(start, this.sourceToken);
                } else {
                  it2.sep.push(this.sourceToken);
                }
              } else {
                if (!it2.sep) {
                  Object.assign(it2, { key: null, sep: [this.sourceToken] });
                } else if (it2.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it2.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it2.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it2.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it2, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it2.explicitKey && it2.sep && !includesToken(it2.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it2 = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it2.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it2.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it2.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it2.value || this.indent <= seq.indent)
              break;
            it2.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it2.value || includesToken(it2.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it2.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it2 = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it2 || it2.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it2.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                Object.assign(it2, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it2 || it2.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                it2.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it2.sep)
                this.stack.push(fs);
              else
                Object.assign(it2, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st2) => st2.type === "newline" || st2.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/errors.ts
var ConfigurationError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "ConfigurationError";
  }
};
function getErrorMessage(error2) {
  if (error2 instanceof Error) return error2.message;
  return String(error2);
}
function assertNever(value) {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
function ellipsis(text3, max) {
  if (text3.length <= max) return text3;
  return `${text3.slice(0, max)}\u2026 (${text3.length - max} more characters)`;
}

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v2) => typeof v2 === "number");
  const values = Object.entries(entries).filter(([k, _2]) => numericValues.indexOf(+k) === -1).map(([_2, v2]) => v2);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_2, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x2, startIndex = 0) {
  if (x2.aborted === true)
    return true;
  for (let i = startIndex; i < x2.issues.length; i++) {
    if (x2.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x2, startIndex = 0) {
  if (x2.aborted === true)
    return true;
  for (let i = startIndex; i < x2.issues.length; i++) {
    if (x2.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path2, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path2);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table2) {
  for (const key in table2) {
    const desc = Object.getOwnPropertyDescriptor(table2, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _2;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _2.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _2(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_2, "init", { value: init });
  Object.defineProperty(_2, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_2, "name", { value: name });
  return _2;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var bigint = /^-?\d+n?$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _2 = ch._zod.check(payload);
        if (_2 instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _2 instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _2;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_2) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _2) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_3) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_2) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_2) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodBigInt = /* @__PURE__ */ $constructor("$ZodBigInt", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = bigint;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = BigInt(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "bigint")
      return payload;
    payload.issues.push({
      expected: "bigint",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodDate = /* @__PURE__ */ $constructor("$ZodDate", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce) {
      try {
        payload.value = new Date(payload.value);
      } catch (_err) {
      }
    }
    const input = payload.value;
    const isDate = input instanceof Date;
    const isValidDate = isDate && !Number.isNaN(input.getTime());
    if (isValidDate)
      return payload;
    payload.issues.push({
      expected: "date",
      code: "invalid_type",
      input,
      ...isDate ? { received: "Invalid Date" } : {},
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v2 of field.values)
          propValues[key].add(v2);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCodec = /* @__PURE__ */ $constructor("$ZodCodec", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) {
        return left.then((left2) => handleCodecAResult(left2, def, ctx));
      }
      return handleCodecAResult(left, def, ctx);
    } else {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handleCodecAResult(right2, def, ctx));
      }
      return handleCodecAResult(right, def, ctx);
    }
  };
});
function handleCodecAResult(result, def, ctx) {
  if (result.issues.length) {
    result.aborted = true;
    return result;
  }
  const direction = ctx.direction || "forward";
  if (direction === "forward") {
    const transformed = def.transform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
    }
    return handleCodecTxResult(result, transformed, def.out, ctx);
  } else {
    const transformed = def.reverseTransform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
    }
    return handleCodecTxResult(result, transformed, def.in, ctx);
  }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
  if (left.issues.length) {
    left.aborted = true;
    return left;
  }
  return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _2) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
  return new Class(snapshotChecks({ type: "string", coerce: true, ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
  return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
  return new Class({
    type: "boolean",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
  return new Class({
    type: "bigint",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
  return new Class({
    type: "date",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
  const params = normalizeParams(_params);
  let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
  let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
  if (params.case !== "sensitive") {
    truthyArray = truthyArray.map((v2) => typeof v2 === "string" ? v2.toLowerCase() : v2);
    falsyArray = falsyArray.map((v2) => typeof v2 === "string" ? v2.toLowerCase() : v2);
  }
  const truthySet = new Set(truthyArray);
  const falsySet = new Set(falsyArray);
  const _Codec = Classes.Codec ?? $ZodCodec;
  const _Boolean = Classes.Boolean ?? $ZodBoolean;
  const _String = Classes.String ?? $ZodString;
  const stringSchema = new _String({ type: "string", error: params.error });
  const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
  const codec = new _Codec({
    type: "pipe",
    in: stringSchema,
    out: booleanSchema,
    transform: ((input, payload) => {
      let data = input;
      if (params.case !== "sensitive")
        data = data.toLowerCase();
      if (truthySet.has(data)) {
        return true;
      } else if (falsySet.has(data)) {
        return false;
      } else {
        payload.issues.push({
          code: "invalid_value",
          expected: "stringbool",
          values: [...truthySet, ...falsySet],
          input: payload.value,
          inst: codec,
          continue: false
        });
        return {};
      }
    }),
    reverseTransform: ((input, _payload) => {
      if (input === true) {
        return truthyArray[0] || "true";
      } else {
        return falsyArray[0] || "false";
      }
    }),
    error: params.error
  });
  codec._zod.bag.truthy = truthyArray;
  codec._zod.bag.falsy = falsyArray;
  codec._zod.bag.case = params.case ?? "insensitive";
  return codec;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniBigInt = /* @__PURE__ */ $constructor("ZodMiniBigInt", (inst, def) => {
  $ZodBigInt.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniDate = /* @__PURE__ */ $constructor("ZodMiniDate", (inst, def) => {
  $ZodDate.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ unknown(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v2) => [v2, v2])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
var ZodMiniCodec = /* @__PURE__ */ $constructor("ZodMiniCodec", (inst, def) => {
  ZodMiniPipe.init(inst, def);
  $ZodCodec.init(inst, def);
});
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var stringbool = (...args) => _stringbool({
  Codec: ZodMiniCodec,
  Boolean: ZodMiniBoolean,
  String: ZodMiniString
}, ...args);

// node_modules/zod/v4/mini/coerce.js
var coerce_exports = {};
__export(coerce_exports, {
  bigint: () => bigint2,
  boolean: () => boolean3,
  date: () => date2,
  number: () => number3,
  string: () => string3
});
// @__NO_SIDE_EFFECTS__
function string3(params) {
  return _coercedString(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number3(params) {
  return _coercedNumber(ZodMiniNumber, params);
}
// @__NO_SIDE_EFFECTS__
function boolean3(params) {
  return _coercedBoolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function bigint2(params) {
  return _coercedBigint(ZodMiniBigInt, params);
}
// @__NO_SIDE_EFFECTS__
function date2(params) {
  return _coercedDate(ZodMiniDate, params);
}

// src/zod-english.ts
config(en_default());

// src/model.ts
var CHECK_NAMES = ["typecheck", "build", "tests", "audit", "lint", "coverage"];
var SEVERITIES = ["critical", "high", "moderate", "low", "info"];
var CLAIM_KINDS = [
  "tests.passed",
  "tests.total",
  "tests.failed",
  "tests.allPassing",
  "tests.passRate",
  "typecheck.errors",
  "typecheck.clean",
  "build.passing",
  "audit.vulnerabilities",
  "lint.errors",
  "lint.warnings",
  "coverage.percent",
  "readiness.score",
  "readiness.ready",
  "file.exists",
  "commit.exists",
  "other"
];
function claimValueType(kind) {
  if (kind === "tests.allPassing" || kind === "typecheck.clean" || kind === "build.passing" || kind === "readiness.ready") {
    return "boolean";
  }
  if (kind === "file.exists" || kind === "commit.exists" || kind === "other") return "string";
  return "number";
}

// src/parse-json.ts
function parseJsonFile(what, path2, text3, schema, expected = "a readiness-gate report (schemaVersion 1)") {
  let json;
  try {
    json = JSON.parse(text3);
  } catch (error2) {
    throw new ConfigurationError(`${what} ${path2} is not valid JSON: ${error2.message}`);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`);
  throw new ConfigurationError(`${what} ${path2} is not ${expected}:
  ${problems.slice(0, 20).join("\n  ")}`);
}

// src/evidence/evidence-file.ts
var shardSchema = object({ index: int().check(_positive()), total: int().check(_positive()) }).check(refine((s) => s.index <= s.total, "a shard index is at most the shard count"));
var evidenceFileSchema = object({
  format: literal("readiness-gate-evidence"),
  schemaVersion: literal(1),
  checks: array(_enum(CHECK_NAMES)),
  shard: optional(shardSchema),
  packages: optional(array(string2())),
  workspace: optional(array(string2())),
  evidence: looseObject(
    Object.fromEntries(CHECK_NAMES.map((name) => [name, looseObject({ status: string2(), reason: string2() })]))
  ),
  notes: array(string2())
});
function parseEvidenceFile(path2, text3) {
  return parseJsonFile(
    "The evidence file",
    path2,
    text3,
    evidenceFileSchema,
    "a readiness-gate evidence file (schemaVersion 1)"
  );
}
function evidenceFileName(file) {
  const parts = ["evidence"];
  if (file.packages) parts.push("packages", ...file.packages.map((p) => p.replace(/[^A-Za-z0-9._-]+/g, "-")));
  if (file.shard) parts.push("shard", String(file.shard.index), "of", String(file.shard.total));
  return `${parts.join("-")}.json`;
}
function parseShard(text3) {
  const match = /^(\d+)\/(\d+)$/.exec(text3.trim());
  if (!match) return void 0;
  const shard = { index: Number(match[1]), total: Number(match[2]) };
  return shardSchema.safeParse(shard).success ? shard : void 0;
}

// src/options.ts
var RUNNABLE_CHECKS = ["typecheck", "build", "tests", "audit", "lint"];
var DEFAULT_TIMEOUT_SECONDS = 900;
var FAIL_ON = ["contradicted", "stale", "self-contradiction", "unverifiable-readiness"];
var csv = (value) => value.split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
var path = () => string2().check(_minLength(1));
var optionalPath = () => optional(path());
var timeout = () => int().check(_positive(), _lte(6 * 3600));
var gateOptionsSchema = object({
  directory: path(),
  reports: optional(array(path())),
  claimsFile: optionalPath(),
  install: boolean2(),
  checks: array(_enum(RUNNABLE_CHECKS)).check(_minLength(1, "at least one check")),
  timeoutSeconds: timeout(),
  reportJson: optionalPath(),
  reportMarkdown: optionalPath(),
  failOn: array(_enum(FAIL_ON)),
  base: optionalPath(),
  baseline: optionalPath(),
  typecheckCommand: optionalPath(),
  buildCommand: optionalPath(),
  testCommand: optionalPath(),
  auditCommand: optionalPath(),
  lintCommand: optionalPath(),
  testResults: optional(array(path())),
  auditReport: optionalPath(),
  coverageReport: optionalPath(),
  shard: optionalPath(),
  packages: optional(array(path())),
  cacheDir: optionalPath(),
  evidenceDir: optionalPath()
});
var list = () => pipe(string2(), transform(csv));
var text = () => optional(string2());
var rawSchema = object({
  directory: _default(string2(), "."),
  reports: optional(list()),
  claimsFile: text(),
  install: _default(stringbool(), true),
  checks: _default(pipe(list(), array(_enum(RUNNABLE_CHECKS)).check(_minLength(1, "at least one check"))), [
    ...RUNNABLE_CHECKS
  ]),
  timeoutSeconds: _default(
    coerce_exports.number().check(int(), _positive(), _lte(6 * 3600)),
    DEFAULT_TIMEOUT_SECONDS
  ),
  reportJson: text(),
  reportMarkdown: text(),
  failOn: _default(
    pipe(
      pipe(
        list(),
        array(_enum([...FAIL_ON, "never"])).check(
          refine(
            (items) => !items.includes("never") || items.length === 1,
            '"never" cannot be combined with other conditions'
          )
        )
      ),
      transform((items) => items.filter((item) => item !== "never"))
    ),
    ["contradicted"]
  ),
  base: text(),
  baseline: text(),
  typecheckCommand: text(),
  buildCommand: text(),
  testCommand: text(),
  auditCommand: text(),
  lintCommand: text(),
  testResults: optional(list()),
  auditReport: text(),
  coverageReport: text(),
  shard: optional(
    string2().check(refine((value) => parseShard(value) !== void 0, "a test shard as INDEX/COUNT, such as 2/3"))
  ),
  packages: optional(list()),
  cacheDir: text(),
  evidenceDir: text()
});
function validateText(schema, raw, names) {
  const cleaned = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, value?.trim() ? value.trim() : void 0])
  );
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue2) => {
    const key = String(issue2.path[0]);
    const value = cleaned[key];
    const received = value === void 0 ? "nothing" : JSON.stringify(value);
    return `${names[key] ?? key}: ${issue2.message} (received ${received})`;
  });
  throw new ConfigurationError(`Invalid settings:
  ${problems.join("\n  ")}`);
}
function parseSettings(raw, names) {
  return gateOptionsSchema.parse(validateText(rawSchema, { ...raw }, names));
}

// src/ports/file-system.ts
import { join } from "node:path";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
function createFileSystem() {
  return {
    readText: (path2) => readFile(path2, "utf8"),
    exists: (path2) => existsSync(path2),
    list: async (dir) => (await readdir(dir, { withFileTypes: true })).map((entry) => ({
      name: entry.name,
      isDirectory: entry.isDirectory(),
      isFile: entry.isFile(),
      isSymbolicLink: entry.isSymbolicLink()
    })),
    realPath: (path2) => realpath(path2),
    size: async (path2) => (await stat(path2)).size
  };
}
async function walkFiles(fs, dir, visit, enter) {
  for (const entry of await fs.list(dir)) {
    const path2 = join(dir, entry.name);
    if (entry.isDirectory && !entry.isSymbolicLink) {
      if (enter(entry.name)) await walkFiles(fs, path2, visit, enter);
    } else if (entry.isFile || entry.isSymbolicLink) {
      await visit(path2, entry.isSymbolicLink);
    }
  }
}

// src/version.ts
var VERSION = true ? "0.1.0" : "development";

// src/gate.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join14, resolve as resolve2 } from "node:path";

// src/claims/read-claims.ts
import { join as join3 } from "node:path";

// src/claims/config-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { join as join2 } from "node:path";

// src/claims/find-reports.ts
import { relative, sep } from "node:path";
var REPORT_NAME = /(READINESS|PRODUCTION[_-]?READY|SESSION|REPORT|STATUS|AUDIT|COMPLETE|COMPLETION|SUMMARY|PROGRESS|HANDOFF|PR[_-]DESCRIPTION|VERIFICATION)[^/]*\.md$/i;
var REPORT_FOLDERS = [/^docs\/status\//, /^\.claude\/status\//, /^status\//];
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  "dist",
  "build",
  "out",
  "coverage",
  ".next",
  ".nuxt",
  ".turbo",
  "vendor",
  ".venv",
  "venv",
  "__pycache__",
  ".cache"
]);
var MAX_REPORT_BYTES = 5 * 1024 * 1024;
async function findReports(fs, root, patterns) {
  const matchers = patterns?.length ? patterns.map(globToRegExp) : void 0;
  const files = [];
  const notes = [];
  const rootReal = await fs.realPath(root);
  await walkFiles(
    fs,
    root,
    async (path2, isLink) => {
      const rel = relative(root, path2).split(sep).join("/");
      const wanted = matchers ? matchers.some((m) => m.test(rel)) : isDefaultReport(rel);
      if (!wanted) return;
      if (isLink && !(await fs.realPath(path2)).startsWith(rootReal + sep)) {
        notes.push(`${rel}: skipped, a link that points outside the repository`);
        return;
      }
      const size = await fs.size(path2);
      if (size > MAX_REPORT_BYTES) {
        notes.push(`${rel}: skipped, ${size} bytes is over the ${MAX_REPORT_BYTES}-byte limit for a report`);
        return;
      }
      files.push(rel);
    },
    (name) => !SKIPPED_DIRS.has(name) && !isHiddenExceptReports(name)
  );
  return { files: files.sort(), notes };
}
function isDefaultReport(rel) {
  if (!rel.toLowerCase().endsWith(".md")) return false;
  return REPORT_NAME.test(rel.split("/").pop() ?? "") || REPORT_FOLDERS.some((folder) => folder.test(rel));
}
function isHiddenExceptReports(name) {
  return name.startsWith(".") && name !== ".claude" && name !== ".github";
}
function globToRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      source += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source.replace(/^\.\//, "")}$`);
}

// src/claims/config-file.ts
var CONFIG_PATHS = [".github/readiness.yml", ".github/readiness.yaml", ".github/readiness.json"];
var text2 = () => string2().check(_minLength(1));
var declaredClaim = strictObject({
  kind: _enum(CLAIM_KINDS),
  value: union([number2(), boolean2(), text2()]),
  bound: optional(_enum(["atLeast", "approx"])),
  scope: optional(text2()),
  text: optional(text2())
}).check(
  superRefine((claim2, ctx) => {
    const expected = claimValueType(claim2.kind);
    if (typeof claim2.value !== expected) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `a ${claim2.kind} claim takes a ${expected}`
      });
    }
  })
);
var ignoreRule = strictObject({
  file: text2(),
  line: optional(int().check(_positive())),
  kind: optional(_enum(CLAIM_KINDS)),
  text: optional(text2())
});
var claimsFileSchema = strictObject({
  version: optional(literal(1)),
  reports: optional(array(text2())),
  claims: optional(array(declaredClaim)),
  ignore: optional(array(ignoreRule)),
  disable: optional(array(_enum(CLAIM_KINDS)))
});
async function readClaimsFile(fs, root, explicit) {
  const path2 = explicit ?? CONFIG_PATHS.find((candidate) => fs.exists(join2(root, candidate)));
  if (!path2) return void 0;
  if (!fs.exists(join2(root, path2))) throw new ConfigurationError(`The claims file ${path2} does not exist`);
  return parseClaimsFile(path2, await fs.readText(join2(root, path2)));
}
function parseClaimsFile(path2, text3) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text3, { lineCounter, prettyErrors: true });
  if (document.errors.length) {
    const problems = document.errors.map(
      (e) => `line ${e.linePos?.[0]?.line ?? "?"}: ${(e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`
    );
    throw new ConfigurationError(
      `${path2} is not valid ${path2.endsWith(".json") ? "JSON" : "YAML"}:
  ${problems.join("\n  ")}`
    );
  }
  const lineOf = (keys) => {
    for (let depth = keys.length; depth > 0; depth--) {
      const node = document.getIn(keys.slice(0, depth), true);
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return void 0;
  };
  const result = claimsFileSchema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue2) => describeIssue(issue2, document.toJS(), lineOf));
    throw new ConfigurationError(
      `${path2} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:
  ${problems.join("\n  ")}`
    );
  }
  const { reports, claims = [], ignore = [], disable = [] } = result.data;
  return {
    path: path2,
    reports,
    ignore,
    disable,
    claims: claims.map((claim2, i) => ({
      file: path2,
      line: lineOf(["claims", i]) ?? 1,
      text: claim2.text ?? `${claim2.kind}: ${String(claim2.value)}`,
      kind: claim2.kind,
      claimed: claim2.value,
      ...claim2.bound ? { bound: claim2.bound } : {},
      ...claim2.scope ? { scope: claim2.scope } : {}
    }))
  };
}
function describeIssue(issue2, data, lineOf) {
  const keys = issue2.path.filter((key) => typeof key !== "symbol");
  const where = keys.reduce(
    (text3, key) => typeof key === "number" ? `${text3}[${key}]` : text3 ? `${text3}.${key}` : key,
    ""
  ) || "(top level)";
  const line = lineOf(keys);
  const received = keys.reduce(
    (node, key) => node?.[key],
    data
  );
  const shown = issue2.code === "unrecognized_keys" || received === void 0 ? "" : `; received ${ellipsis(JSON.stringify(received), 80)}`;
  return `${where}${line ? ` (line ${line})` : ""}: ${issue2.message}${shown}`;
}
function isIgnored(claim2, rules) {
  return rules.some(
    (rule) => (rule.file === claim2.file || globToRegExp(rule.file).test(claim2.file)) && (rule.line === void 0 || rule.line === claim2.line) && (rule.kind === void 0 || rule.kind === claim2.kind) && (rule.text === void 0 || claim2.text.includes(rule.text))
  );
}

// src/claims/normalize.ts
var CP1252 = {
  "\u20AC": 128,
  "\u201A": 130,
  \u0192: 131,
  "\u201E": 132,
  "\u2026": 133,
  "\u2020": 134,
  "\u2021": 135,
  "\u02C6": 136,
  "\u2030": 137,
  \u0160: 138,
  "\u2039": 139,
  \u0152: 140,
  \u017D: 142,
  "\u2018": 145,
  "\u2019": 146,
  "\u201C": 147,
  "\u201D": 148,
  "\u2022": 149,
  "\u2013": 150,
  "\u2014": 151,
  "\u02DC": 152,
  "\u2122": 153,
  \u0161: 154,
  "\u203A": 155,
  \u0153: 156,
  \u017E: 158,
  \u0178: 159
};
var MOJIBAKE_RUN = /[\u00c2-\u00f4][\u0080-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{1,3}/g;
var LOSSY_MOJIBAKE = [[/âŒ/g, "\u274C"]];
function repairMojibake(text3) {
  if (!/[\u00c2-\u00f4]/.test(text3)) return text3;
  const lossless = LOSSY_MOJIBAKE.reduce((t, [pattern, emoji2]) => t.replace(pattern, emoji2), text3);
  return lossless.replace(MOJIBAKE_RUN, (run) => {
    const bytes = [...run].map((ch) => CP1252[ch] ?? ch.charCodeAt(0));
    if (bytes.some((b) => b > 255)) return run;
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
    } catch {
      return run;
    }
  });
}
var PASS_MARK = "\u2705";
var FAIL_MARK = "\u274C";
var PENDING_MARK = "\u23F3";
var PASS_SYMBOLS = /✔️|✔|☑️|☑|✓|🟢|💚|✅/g;
var FAIL_SYMBOLS = /✗|✘|✖️|✖|🔴|⛔|🚫|❌/g;
var PENDING_SYMBOLS = /⏳|⌛|🟡|🟠|⚠️|⚠/g;
var NUMBER = String.raw`[~≈<>]?\d[\d,.]*[%+]?`;
var ARROW = String.raw`\s*(?:→|->|⟶|=>|➜|➡️?)\s*`;
var BEFORE_AFTER = new RegExp(`(?:${NUMBER}${ARROW})+(${NUMBER})`, "g");
var HISTORY_ASIDE = /\((?:up|down)?\s*from [^)]*\)|\(was [^)]*\)|\(previously [^)]*\)|\((?:target|goal|expected)\b[^)]*\)/gi;
function looseRow(line) {
  const row = /^\s*\|(.*)\|\s*$/.exec(line);
  if (!row?.[1]) return line;
  const [label = "", ...values] = row[1].split("|").map((cell) => cell.trim());
  return values.length ? `${label}: ${values.join(" | ")}` : label;
}
var IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
var LINK = /\[([^\]]*)\]\([^)]*\)/g;
var TAG = /<[^>]+>/g;
var STRONG_CODE_STRIKE = /\*\*|__|~~|`/g;
var EMPHASIS = /(^|\s)[*_]([^*_]+)[*_](?=\s|$|[:.,;)])/g;
var TREE_PREFIX = /^[\s│├└┌┐┘┴┬┼─═║╔╗╚╝╠╣╦╩╬+|`'-]*(?=[├└│])/;
var BOX_PREFIX = /^\s*[│├└┌╠╚║]+[─═\s]*/;
var BLOCK_MARKERS = [/^\s*#{1,6}\s+/, /^\s*>\s*/, /^\s*(?:[-*+]|\d+[.)])\s+/, /^\s*\[[xX ]\]\s*/];
var EMOJI = /[\u{1F300}-\u{1FAFF}]\uFE0F?/gu;
var NON_ASCII = /[^\x00-\x7f]/;
function normalizeLine(line) {
  let text3 = repairMojibake(looseRow(line));
  if (text3.includes("](")) text3 = text3.replace(IMAGE, "").replace(LINK, "$1");
  if (text3.includes("<")) text3 = text3.replace(TAG, " ");
  if (/[*_~`]/.test(text3)) text3 = text3.replace(STRONG_CODE_STRIKE, "").replace(EMPHASIS, "$1$2");
  const symbols = NON_ASCII.test(text3);
  if (symbols) text3 = text3.replace(TREE_PREFIX, "").replace(BOX_PREFIX, "");
  for (const marker of BLOCK_MARKERS) text3 = text3.replace(marker, "");
  if (symbols) {
    text3 = text3.replace(PASS_SYMBOLS, PASS_MARK).replace(FAIL_SYMBOLS, FAIL_MARK).replace(PENDING_SYMBOLS, PENDING_MARK).replace(EMOJI, " ").replace(/\uFE0F/g, "");
  }
  if (symbols || text3.includes("->") || text3.includes("=>")) text3 = text3.replace(BEFORE_AFTER, "$1");
  if (text3.includes("(")) text3 = text3.replace(HISTORY_ASIDE, " ");
  return text3.replace(/\s+/g, " ").trim();
}
function parseNumber(text3) {
  return Number(text3.replace(/,(?=\d{3}\b)/g, ""));
}

// src/claims/mark-disagreement.ts
var FAILURE_COUNTS = /* @__PURE__ */ new Set([
  "tests.failed",
  "typecheck.errors",
  "lint.errors",
  "audit.vulnerabilities"
]);
function markDisagrees(claim2) {
  const text3 = normalizeLine(claim2.text);
  const pass = text3.includes(PASS_MARK);
  const fail = text3.includes(FAIL_MARK);
  if (pass === fail) return false;
  const saysFailure = claim2.claimed === false || FAILURE_COUNTS.has(claim2.kind) && typeof claim2.claimed === "number" && claim2.claimed > 0;
  const saysSuccess = claim2.claimed === true || FAILURE_COUNTS.has(claim2.kind) && claim2.claimed === 0 && !claim2.scope;
  return pass && saysFailure || fail && saysSuccess;
}
function describeDisagreement(claim2) {
  return `${claim2.file}:${claim2.line}: the status mark disagrees with the words ("${claim2.text.slice(0, 80)}"); the words were read as ${claim2.kind} ${String(claim2.claimed)}`;
}

// src/claims/matchers.ts
var N = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
var LEAD = String.raw`(?<![\w./,:-])`;
var TEST_RATIO = new RegExp(
  `${LEAD}${N}\\s*/\\s*${N}(?![\\d.])(?!\\s*(?:pages|checks|tasks|files|steps|items|endpoints|routes|functions|modules|components|points|days|hours|issues))`,
  "g"
);
var TEST_COUNT_WORD = new RegExp(
  `${LEAD}([~\u2248]?)${N}(\\+)?\\s+(?:(?:([a-z][\\w-]*)\\s+)?(?:tests?|specs?)\\s+)?(passing|passed|pass(?:es)?|failing|failed|failures?|fail)\\b(?!\\s*(?:rate|to\\b))`,
  "gi"
);
var TESTS_TOTAL = new RegExp(`${LEAD}${N}\\s+total\\b`, "i");
var TEST_RANGE = new RegExp(`${LEAD}${N}\\s*[-\u2013]\\s*${N}\\s+tests\\b`, "i");
var TEST_STATE_KEY = new RegExp(
  `^(?:(passing|failing|passed|failed)\\s+tests?|tests?\\s+(passing|failing|passed|failed))\\s*[:|]\\s*${N}(?![\\d./%])`,
  "i"
);
var TESTS_KEY_VALUE = new RegExp(
  `^(?:[\u2705\u274C]\\s*)?(?:total\\s+)?(?:([a-z][\\w-]*)\\s+)?tests?(?:\\s+(?:count|total))?\\s*[:|]\\s*([~\u2248]?)${N}(\\+)?(?!\\s*/|\\s*%|[\\d.]|\\s+(?:passed|passing|failed|failing|pass|fail|skipped)\\b)`,
  "i"
);
var COUNTED_TESTS = new RegExp(`${LEAD}([~\u2248]?)${N}(\\+)?\\s+(?:([a-z][\\w-]*)\\s+)?tests\\b`, "gi");
var TS_CODE_ERRORS = new RegExp(`${LEAD}${N}\\s+(TS\\d{3,5})\\s+errors?\\b`, "gi");
var TYPECHECK_KEY_VALUE = new RegExp(
  `\\b(?:typescript|tsc|type|ts|compilation|typecheck|type-check)\\s*(?:errors?|error count)\\s*[:|]\\s*(?:\u2705|\u274C)?\\s*${N}(?![\\d./%])`,
  "i"
);
var COUNTED_TYPE_ERRORS = new RegExp(
  `${LEAD}([~\u2248<>]?)${N}(\\+)?\\s+(?:(?:remaining|typescript|ts|type|tsc|compilation|compiler|type-check)\\s+)*errors?\\b(?!\\s+(?:fixed|resolved))`,
  "gi"
);
var COUNTED_VULNERABILITIES = new RegExp(
  `${LEAD}([~\u2248]?)${N}(\\+)?\\s+(?:(critical|high|moderate|medium|low)(?:[- ]severity)?\\s+)?(?:known\\s+|security\\s+|npm\\s+|dependency\\s+|open\\s+)*vulnerabilit(?:y|ies)\\b`,
  "gi"
);
var VULNERABILITIES_KEY_VALUE = new RegExp(`vulnerabilit(?:y|ies)(?:\\s+found)?\\s*[:|]\\s*${N}(?![\\d./%])`, "i");
var COUNTED_LINT_PROBLEMS = new RegExp(
  `${LEAD}${N}\\s+(?:(?!eslint|lint)([\\w-]+)\\s+)?(?:eslint\\s+|lint(?:ing)?\\s+)?(errors?|warnings?)\\b`,
  "gi"
);
var INTENT_LINE = /^(?:targets?|goals?|expected|expectations?|planned|plan|todo|next|estimated?|acceptance|aim|objectives?)\b|\b(?:targets?|goals?)\s*:|\((?:expected|target|estimated?|goal)\)|\bestimated\b|\b(?:until|unless|once|will|would|should|must|needs? to|to be|in order to|can'?t|cannot)\b/i;
var IMPERATIVE_LINE = /^(?:make|reach|get|achieve|fix|add|implement|ensure|improve|increase|reduce|write|re-?run|deploy|migrate|raise|bring)\b/i;
var HISTORY_LINE = /^(?:session start|before|previously|baseline|initial(?:ly)?|originally|hour 0|at start|start|was)\b/i;
var GENERIC_TEST_WORDS = /* @__PURE__ */ new Set([
  "all",
  "the",
  "total",
  "of",
  "and",
  "with",
  "our",
  "automated",
  "test",
  "tests",
  "running",
  "run",
  "ran",
  "are",
  "is",
  "now",
  "your",
  "its",
  "these",
  "existing",
  "current"
]);
var CHANGE_TEST_WORDS = /* @__PURE__ */ new Set([
  "new",
  "more",
  "additional",
  "comprehensive",
  "extra",
  "added",
  "created",
  "written",
  "fixed",
  "flaky",
  "skipped",
  "failing",
  "passing",
  "failed",
  "passed",
  "broken",
  "missing"
]);
var TEST_CONTEXT = /\b(?:tests?|specs?|jest|vitest|pytest|mocha|pass rate)\b|\b\d+ (?:passed|failed)\b[^=]*\bin \d+(?:\.\d+)?s\b/i;
var SUITE_LINE = /^(?:test files|test suites|suites)\b/i;
var TYPECHECK_CONTEXT = /\b(?:typescript|tsc|type[- ]?check(?:ing|s|er)?|ts errors?|type errors?|compil(?:ation|es|ed|er|e)|mypy|pyright)\b/i;
var BUILD_CONTEXT = /\bbuild\b(?!\s+(?:time|size|tool|script|system|step|cache|artifacts?|output|dir|folder|duration|speed))/i;
var LINT_CONTEXT = /\b(?:eslint|lint(?:ing|er|s)?|ruff|biome|tslint|stylelint)\b/i;
var CHANGE_BEFORE = /\b(?:fixed|resolved|eliminated|removed|reduced|addressed|cleared|added|created|wrote|introduced)\b[^.;]{0,25}$/i;
var CHANGE_AFTER = /^\s*(?:were\s+|was\s+|have been\s+)?(?:fixed|resolved|eliminated|removed|reduced|addressed|cleared|added|created|written)\b/i;
var PLACEHOLDER = /\{[A-Z][A-Z0-9_]*\}|\{\{[^}]*\}\}|\b\d{4}-\d{2}-XX\b|\$\([^)]*\)|\bX{2,}\b|\bTBD\b|\bN\/A\b|<(?:N|X|TODO)>/;
function matchClaims(segment) {
  const text3 = segment.text;
  if (!text3 || text3.startsWith(PENDING_MARK)) return [];
  const drafts = sentences(text3).filter(
    (sentence) => ![INTENT_LINE, IMPERATIVE_LINE, HISTORY_LINE, PLACEHOLDER].some((rule) => rule.test(sentence))
  ).flatMap((sentence) => MATCHERS.flatMap((match) => match(sentence, segment)));
  drafts.push(...fileClaims(segment), ...commitClaims(segment));
  const pathScope = leadingPathScope(text3);
  const seen = /* @__PURE__ */ new Set();
  const scoped = drafts.map(
    (draft) => pathScope && !draft.scope && typeof draft.claimed !== "string" ? { ...draft, scope: pathScope } : draft
  );
  const counted = new Set(
    scoped.filter((d) => d.kind === "typecheck.errors" && !d.scope?.startsWith("TS")).map((d) => d.scope ?? "")
  );
  return scoped.filter((draft) => {
    if (draft.kind === "typecheck.clean" && counted.has(draft.scope ?? "")) return false;
    const named = typeof draft.claimed === "string" ? `|${draft.claimed}` : "";
    const key = `${draft.kind}|${draft.scope ?? ""}${named}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function sentences(text3) {
  return text3.split(/(?<=[a-z)%*][.!?])\s+(?=[A-Z])/);
}
function leadingPathScope(text3) {
  return /^(?:✅|❌)?\s*((?:@[\w.-]+\/[\w.-]+)|(?:[\w.-]+\/[\w./-]+))\s*(?::|\||—|-\s)/.exec(text3)?.[1];
}
function isChange(text3, index, length) {
  return CHANGE_BEFORE.test(text3.slice(0, index)) || CHANGE_AFTER.test(text3.slice(index + length));
}
function boundOf(prefix, suffix) {
  if (suffix === "+") return "atLeast";
  if (prefix && /[~≈]/.test(prefix)) return "approx";
  return void 0;
}
function withBound(draft, bound) {
  return bound ? { ...draft, bound } : draft;
}
function testScope(text3, index) {
  const open = text3.lastIndexOf("(", index);
  if (open > 0 && text3.indexOf(")", open) >= index) {
    const label = text3.slice(0, open).replace(/[✅❌⏳:|]/g, " ").replace(/\b\d[\d.,]*\s*\/\s*\d[\d.,]*/g, " ").replace(/\b\d[\d.,]*%?/g, " ").trim();
    const generic = /^(?:(?:test|tests|test suite|test coverage|test results?|pass rate|results?|status|total|summary|overall|session end|now|current|passing|passed|failing|failed|all)\s*)+$/i;
    if (label && !generic.test(label)) {
      return label.toLowerCase();
    }
  }
  const noun = /(?:^|\s)([A-Za-z][\w-]*)\s+(?:tests?|specs?)\b/i.exec(text3);
  const word = noun?.[1]?.toLowerCase();
  return word && !CHANGE_TEST_WORDS.has(word) ? suiteScope(word) : void 0;
}
function suiteScope(word) {
  const lower = word?.toLowerCase();
  return lower && !GENERIC_TEST_WORDS.has(lower) ? lower : void 0;
}
var testRatio = (text3) => {
  if (!TEST_CONTEXT.test(text3) || SUITE_LINE.test(text3)) return [];
  const ratio = TEST_RATIO;
  const drafts = [];
  for (const match of text3.matchAll(ratio)) {
    const [whole, a = "", b = ""] = match;
    const denominator = parseNumber(b);
    const after = text3.slice(match.index + whole.length, match.index + whole.length + 16);
    if ((denominator === 10 || denominator === 100) && !/^\s*(?:✅|tests?|specs?|pass|fail)/i.test(after)) continue;
    const scope = testScope(text3, match.index);
    const word = /^\s*(?:tests?\s+|specs?\s+)?([a-z]+)/i.exec(after)?.[1] ?? "";
    const kind = /^fail/i.test(word) ? "tests.failed" : "tests.passed";
    drafts.push({ kind, claimed: parseNumber(a), scope }, { kind: "tests.total", claimed: denominator, scope });
  }
  return drafts;
};
var testCounts = (text3) => {
  if (!TEST_CONTEXT.test(text3) || SUITE_LINE.test(text3)) return [];
  const drafts = [];
  const count = TEST_COUNT_WORD;
  for (const match of text3.matchAll(count)) {
    const [whole, prefix, value = "", plus, qualifier, word = ""] = match;
    if (isChange(text3, match.index, whole.length) || CHANGE_TEST_WORDS.has(qualifier?.toLowerCase() ?? "")) continue;
    const kind = /^pass/i.test(word) ? "tests.passed" : "tests.failed";
    const scope = suiteScope(qualifier) ?? testScope(text3, match.index);
    drafts.push(withBound({ kind, claimed: parseNumber(value), scope }, boundOf(prefix, plus)));
    const total3 = /^\s*\((\d[\d,]*)\)/.exec(text3.slice(match.index + whole.length));
    if (total3?.[1]) drafts.push({ kind: "tests.total", claimed: parseNumber(total3[1]), scope });
  }
  const total2 = TESTS_TOTAL.exec(text3);
  if (total2?.[1] && /^tests?\b/i.test(text3)) drafts.push({ kind: "tests.total", claimed: parseNumber(total2[1]) });
  if (/\b(?:zero|no)\s+(?:test\s+failures|failing tests|failed tests)\b/i.test(text3)) {
    drafts.push({ kind: "tests.failed", claimed: 0 });
  }
  return drafts;
};
var testTotal = (text3) => {
  if (SUITE_LINE.test(text3)) return [];
  const range = TEST_RANGE.exec(text3);
  if (range?.[1] && range[2]) {
    const scope = testScope(text3, range.index);
    return [
      {
        kind: "tests.total",
        claimed: parseNumber(range[1]),
        bound: "range",
        upper: parseNumber(range[2]),
        ...scope ? { scope } : {}
      }
    ];
  }
  const state = TEST_STATE_KEY.exec(text3);
  if (state?.[3]) {
    const kind = /^pass/i.test(state[1] ?? state[2] ?? "") ? "tests.passed" : "tests.failed";
    return [{ kind, claimed: parseNumber(state[3]) }];
  }
  const drafts = [];
  const keyValue = TESTS_KEY_VALUE.exec(text3);
  if (keyValue) {
    const [, word, prefix, value = "", plus] = keyValue;
    const scope = suiteScope(word);
    drafts.push(withBound({ kind: "tests.total", claimed: parseNumber(value), scope }, boundOf(prefix, plus)));
  }
  const counted = COUNTED_TESTS;
  for (const match of text3.matchAll(counted)) {
    const [whole, prefix, value = "", plus, word] = match;
    const qualifier = word?.toLowerCase();
    if (qualifier && CHANGE_TEST_WORDS.has(qualifier)) continue;
    if (/^\s+(?:are\s+)?(?:passing|passed|failing|failed)\b/i.test(text3.slice(match.index + whole.length))) continue;
    if (isChange(text3, match.index, whole.length) || /^\s*\(\+|\+\d/.test(text3.slice(match.index - 2, match.index)))
      continue;
    const scope = suiteScope(qualifier) ?? testScope(text3, match.index);
    drafts.push(withBound({ kind: "tests.total", claimed: parseNumber(value), scope }, boundOf(prefix, plus)));
  }
  return drafts;
};
var testState = (text3, segment) => {
  const all = /\ball\s+(?:([a-z][\w-]*)\s+)?(?:tests?|specs?)\s+(?:are\s+|now\s+|still\s+)?(passing|pass|passed|green|succeed(?:ing)?)\b/i.exec(
    text3
  );
  if (all) {
    const word = all[1]?.toLowerCase();
    return [{ kind: "tests.allPassing", claimed: true, scope: suiteScope(word) }];
  }
  const status = /^(?:([a-z][\w-]*)\s+)?tests?(?:\s+suite)?(?:\s+status)?\s*[:|]\s*(✅|❌)?\s*(passing|pass|passed|green|ok|all passing|failing|fail|failed|red|broken|blocked)?(?![\w\d/])/i.exec(
    text3
  );
  if (status && (status[3] || status[2] && segment.kind !== "heading") && !/^\s*\d/.test(text3.slice(status[0].length))) {
    const word = status[1]?.toLowerCase();
    const passing = status[3] ? /^(?:pass|green|ok|all)/i.test(status[3]) : status[2] === "\u2705";
    return [{ kind: "tests.allPassing", claimed: passing, scope: suiteScope(word) }];
  }
  const rate = /\b(?:100(?:\.0+)?%\s*(?:passing|pass rate)|pass rate\s*[:|]?\s*100(?:\.0+)?%)/i.exec(text3);
  if (rate && TEST_CONTEXT.test(text3))
    return [{ kind: "tests.allPassing", claimed: true, scope: testScope(text3, rate.index) }];
  return [];
};
var typecheckCodes = (text3) => {
  const drafts = [];
  for (const match of text3.matchAll(/\b(?:zero|no|0)\s+(TS\d{3,5})\b/gi)) {
    drafts.push({ kind: "typecheck.errors", claimed: 0, scope: (match[1] ?? "").toUpperCase() });
  }
  for (const match of text3.matchAll(TS_CODE_ERRORS)) {
    if (isChange(text3, match.index, match[0].length)) continue;
    drafts.push({
      kind: "typecheck.errors",
      claimed: parseNumber(match[1] ?? ""),
      scope: (match[2] ?? "").toUpperCase()
    });
  }
  return drafts;
};
var typecheckCount = (text3) => {
  const summary = /^Found (\d[\d,]*) errors? in (?:the same file|\d+ files?|\S+:\d+)(.*)$/i.exec(text3);
  if (summary?.[1]) {
    const scope2 = /\(checked \d+ source files?\)/.test(summary[2] ?? "") ? "mypy" : void 0;
    return [{ kind: "typecheck.errors", claimed: parseNumber(summary[1]), ...scope2 ? { scope: scope2 } : {} }];
  }
  if (!TYPECHECK_CONTEXT.test(text3)) return [];
  const scope = /\bmypy\b/i.test(text3) ? "mypy" : void 0;
  const keyValue = TYPECHECK_KEY_VALUE.exec(text3);
  if (keyValue?.[1]) return [{ kind: "typecheck.errors", claimed: parseNumber(keyValue[1]), scope }];
  if (/\b(?:zero|no)\s+(?:remaining\s+)?(?:typescript|ts|type|tsc|compilation|compiler)\s+errors\b/i.test(text3)) {
    return [{ kind: "typecheck.errors", claimed: 0, scope }];
  }
  const counted = COUNTED_TYPE_ERRORS;
  for (const match of text3.matchAll(counted)) {
    const [whole, prefix, value = "", plus] = match;
    if (prefix === "<" || prefix === ">" || isChange(text3, match.index, whole.length)) continue;
    if (LINT_CONTEXT.test(text3) && !/\b(?:typescript|tsc|type|compil)/i.test(text3.slice(Math.max(0, match.index - 40), match.index + whole.length)))
      continue;
    return [withBound({ kind: "typecheck.errors", claimed: parseNumber(value), scope }, boundOf(prefix, plus))];
  }
  return [];
};
var typecheckState = (text3, segment) => {
  const context = TYPECHECK_CONTEXT.exec(text3);
  if (!context) return [];
  const scope = /\bmypy\b/i.test(text3) ? "mypy" : void 0;
  const tail = text3.slice(context.index);
  if (/\b(?:fail(?:s|ing|ed|ure)?|blocked|broken|red)\b/i.test(tail) || segment.kind !== "heading" && /❌/.test(tail)) {
    return [{ kind: "typecheck.clean", claimed: false, scope }];
  }
  const clean = /\b(?:clean|pass(?:es|ing|ed)?|succeed(?:s|ed)?|success(?:ful(?:ly)?)?|green|ok|no (?:type )?errors|no issues found|without errors|compiles)\b/i;
  if (clean.test(tail) || segment.kind !== "heading" && /^[^a-z]*✅|[:|]\s*✅/i.test(tail)) {
    return [{ kind: "typecheck.clean", claimed: true, scope }];
  }
  return [];
};
var buildState = (text3, segment) => {
  const context = BUILD_CONTEXT.exec(text3);
  if (!context || /\bbuild\s*[:|]\s*\d+(?:\.\d+)?%/i.test(text3)) return [];
  const tail = text3.slice(context.index);
  const fail = /^build\b(?:\s+(?:status|process|pipeline))?\s*[:|(-]?\s*(?:❌\s*)?(?:is\s+)?(?:still\s+)?(?:fail(?:s|ing|ed|ure)?|blocked|broken|red|errors?|erroring)\b/i;
  const pass = /^build\b(?:\s+status)?\s*[:|(-]?\s*(?:✅\s*)?(?:is\s+)?(?:now\s+)?(?:passing|passes|passed|pass|succeeds|succeeded|successful(?:ly)?|success|green|ok|works|working|clean|completes?|completed)\b|^builds?\s+(?:successfully|cleanly|without errors)\b/i;
  const head = text3.slice(0, context.index);
  if (fail.test(tail) || /^build\s*[:|]\s*❌/i.test(tail) || /^❌\s*(?:production\s+|prod\s+)?$/i.test(head)) {
    return [{ kind: "build.passing", claimed: false }];
  }
  if (pass.test(tail) || segment.kind !== "heading" && (/^build\s*[:|]\s*✅/i.test(tail) || /^✅\s*(?:production\s+|prod\s+)?$/i.test(head))) {
    return [{ kind: "build.passing", claimed: true }];
  }
  return [];
};
var SEVERITY_ALIASES = { medium: "moderate" };
var audit = (text3, segment) => {
  const drafts = [];
  const counted = COUNTED_VULNERABILITIES;
  for (const match of text3.matchAll(counted)) {
    const [whole, prefix, value = "", plus, severity] = match;
    if (isChange(text3, match.index, whole.length)) continue;
    const scope = severity ? SEVERITY_ALIASES[severity.toLowerCase()] ?? severity.toLowerCase() : void 0;
    drafts.push(withBound({ kind: "audit.vulnerabilities", claimed: parseNumber(value), scope }, boundOf(prefix, plus)));
  }
  if (drafts.length) return drafts;
  if (/\b(?:zero|no)\s+(?:known\s+)?(?:security\s+)?vulnerabilit(?:y|ies)\b/i.test(text3))
    return [{ kind: "audit.vulnerabilities", claimed: 0 }];
  const keyValue = VULNERABILITIES_KEY_VALUE.exec(text3);
  if (keyValue?.[1]) return [{ kind: "audit.vulnerabilities", claimed: parseNumber(keyValue[1]) }];
  const clean = /\b(?:npm|pnpm|yarn|bun|dependency|security)\s+audit\b\s*[:|]?\s*(✅\s*)?(clean|passed|passing|pass|no issues|ok)?\b/i.exec(
    text3
  );
  if (clean && (clean[2] || clean[1] && segment.kind !== "heading"))
    return [{ kind: "audit.vulnerabilities", claimed: 0 }];
  return [];
};
var lint = (text3) => {
  const stylish = /(\d[\d,]*)\s+problems?\s+\((\d[\d,]*)\s+errors?,\s+(\d[\d,]*)\s+warnings?\)/i.exec(text3);
  if (stylish) {
    return [
      { kind: "lint.errors", claimed: parseNumber(stylish[2] ?? "") },
      { kind: "lint.warnings", claimed: parseNumber(stylish[3] ?? "") }
    ];
  }
  if (!LINT_CONTEXT.test(text3)) return [];
  const drafts = [];
  const counted = COUNTED_LINT_PROBLEMS;
  for (const match of text3.matchAll(counted)) {
    const [whole, value = "", qualifier, what = ""] = match;
    if (isChange(text3, match.index, whole.length)) continue;
    if (TYPECHECK_CONTEXT.test(text3.slice(Math.max(0, match.index - 30), match.index + whole.length))) continue;
    const kind = /^error/i.test(what) ? "lint.errors" : "lint.warnings";
    const scope = qualifier && !/^(?:remaining|new|total)$/i.test(qualifier) ? qualifier : void 0;
    drafts.push({ kind, claimed: parseNumber(value), scope });
  }
  if (drafts.length) return drafts;
  if (/\b(?:eslint|lint(?:ing)?)\b\s*[:|]?\s*(?:✅\s*)?(?:clean|passing|passes|passed|pass|no errors|no issues|0 issues)\b/i.test(
    text3
  ) || /\b(?:no|zero)\s+(?:eslint|lint(?:ing)?)\s+(?:errors|issues|problems)\b/i.test(text3)) {
    return [{ kind: "lint.errors", claimed: 0 }];
  }
  return [];
};
var COVERAGE_METRIC = /^(statements?|branch(?:es)?|lines?|functions?)$/i;
var coverage = (text3) => {
  const keyValue = /\b(?:(statements?|branch(?:es)?|lines?|functions?)\s+)?coverage\s*[:|]\s*(?:✅\s*)?([~≈]?)(\d{1,3}(?:\.\d+)?)%(\+)?/i.exec(
    text3
  );
  if (keyValue) {
    const [, metric, prefix2, value2 = "", plus2] = keyValue;
    return [
      withBound({ kind: "coverage.percent", claimed: Number(value2), scope: metricName(metric) }, boundOf(prefix2, plus2))
    ];
  }
  const before = /(?<![+\d.])([~≈]?)(\d{1,3}(?:\.\d+)?)%(\+)?\s+((?:[\w-]+\s+){0,3}?)coverage\b(\s+(?:on|of|for|in)\s+[\w -]+)?/i.exec(
    text3
  );
  if (!before) return [];
  const [, prefix, value = "", plus, words = "", on] = before;
  const qualifier = words.trim().replace(/^(?:test|code)$/i, "");
  const scope = on ? on.trim().replace(/^(?:on|of|for|in)\s+/i, "") : COVERAGE_METRIC.test(qualifier) ? metricName(qualifier) : qualifier || void 0;
  return [withBound({ kind: "coverage.percent", claimed: Number(value), scope }, boundOf(prefix, plus))];
};
function metricName(word) {
  if (!word) return void 0;
  const w2 = word.toLowerCase();
  if (w2.startsWith("statement")) return "statements";
  if (w2.startsWith("branch")) return "branches";
  if (w2.startsWith("line")) return "lines";
  return "functions";
}
var READINESS_SECTION = /\b(?:production\s+)?readiness\b|\bproduction[- ]ready\b/i;
var readiness = (text3, segment) => {
  const overall = /^(?:overall|total)\s*[:|]\s*(?:[^\d\s]+\s*)?(\d{1,3}(?:\.\d+)?)%/i.exec(text3);
  if (overall?.[1] && READINESS_SECTION.test(segment.section ?? ""))
    return [{ kind: "readiness.score", claimed: Number(overall[1]) }];
  const percent = /(\d{1,3}(?:\.\d+)?)%\s*(?:production[- ]ready|ready for production|production readiness)\b/i.exec(text3) ?? /\b(?:production[- ]ready(?:ness)?|(?:overall\s+)?readiness(?:\s+score)?)\s*[:|]?\s*(?:✅\s*)?(\d{1,3}(?:\.\d+)?)%/i.exec(
    text3
  );
  if (percent?.[1]) return [{ kind: "readiness.score", claimed: Number(percent[1]) }];
  const outOf = /\b(?:production[- ]ready(?:ness)?|readiness)(?:\s+score)?\s*[:|]?\s*(\d+(?:\.\d+)?)\s*\/\s*(10|100)\b/i.exec(text3);
  if (outOf?.[1] && outOf[2])
    return [{ kind: "readiness.score", claimed: Math.round(Number(outOf[1]) / Number(outOf[2]) * 1e3) / 10 }];
  if (/\b(?:not|isn'?t|never)\s+(?:yet\s+)?production[- ]ready\b|production[- ]ready\s*[:|]\s*(?:❌|no\b)/i.test(text3)) {
    return [{ kind: "readiness.ready", claimed: false }];
  }
  if (/production[- ]ready\s*[:|]\s*(?:✅\s*)?(?:yes|true|✅)/i.test(text3) || /^(?:(?:overall|final|project|current)\s+)?(?:status|verdict|result|overall)\s*[:|]\s*(?:✅\s*)?production[- ]ready\b/i.test(
    text3
  ) || /^✅?\s*(?:status:\s*)?production[- ]ready\s*[.!]?\s*✅?$/i.test(text3)) {
    return [{ kind: "readiness.ready", claimed: true }];
  }
  return [];
};
var passRate = (text3) => {
  const rate = /\bpass(?:ing)? rate\s*[:|]?\s*(?:✅\s*)?(\d{1,3}(?:\.\d+)?)%/i.exec(text3) ?? /(?<![+\d.])(\d{1,3}(?:\.\d+)?)%\s+(?:pass(?:ing)? rate|of tests passing|tests? passing|passing)\b/i.exec(text3);
  if (!rate?.[1] || Number(rate[1]) === 100) return [];
  return [{ kind: "tests.passRate", claimed: Number(rate[1]), scope: testScope(text3, rate.index) }];
};
var OTHER_METRIC = /\b(?:p(?:50|90|95|99)|latency|response time|throughput|lighthouse(?: score)?|performance score|image size|bundle size|docker image|uptime|LCP|FCP|TTI|TBT|CLS)\b[^.;|]{0,20}?[:=]?\s*[~≈]?\d[\d.,]*\+?\s*(?:ms|s|mb|kb|gb|%|(?:req(?:uest)?s?|tasks)\/s(?:ec(?:ond)?)?|rps)?|\d[\d.,]*\+?\s*(?:req(?:uest)?s?\/s(?:ec(?:ond)?)?|tasks\/s(?:ec(?:ond)?)?|rps)\b/i;
var BUDGET = /\b(?:budgets?|thresholds?|max(?:imum)?|min(?:imum)?|limits?|at most|at least)\b|\b(?:under|below)\s+[~≈]?\d|[≤≥<>]/i;
var other = (text3) => {
  const metric = OTHER_METRIC.exec(text3);
  if (!metric || BUDGET.test(text3)) return [];
  return [{ kind: "other", claimed: metric[0].trim() }];
};
var PATH = /(?<![\w/.-])((?:[\w@.-]+\/)*[\w@-][\w@.-]*\.(?:tsx?|jsx?|mjs|cjs|json|md|py|sql|ya?ml|css|scss|html|sh|go|rs|toml|txt|vue|svelte))(?![\w/])/g;
var INLINE_FILE_LABEL = /^(?:new\s+)?(?:files?\s+)?(?:created|added|modified|changed|updated|new files?)(?:\s+files?)?\s*:\s*(.+)$/i;
function fileClaims(segment) {
  const inline = INLINE_FILE_LABEL.exec(segment.text);
  const text3 = inline?.[1] ?? (segment.fileList ? segment.text : void 0);
  if (!text3 || /\b(?:deleted|removed)\b/i.test(text3)) return [];
  const paths = [...text3.matchAll(PATH)].map((m) => (m[1] ?? "").replace(/^\.\//, "")).filter((p) => !/^\.|\.\./.test(p));
  const claimed = inline ? paths : paths.slice(0, 1);
  return [...new Set(claimed)].map((path2) => ({ kind: "file.exists", claimed: path2 }));
}
var HASH = /(?<![\w/])([0-9a-f]{7,40})(?![\w/])/g;
var PLACEHOLDER_HASH = /^(?:abc123\w*|a1b2c3\w*|deadbeef\w*|1234567\w*|0{7,}|f{7,})$/;
function commitClaims(segment) {
  const text3 = segment.text;
  const labelled = /\bcommits?\b\s*(?:\d+\s*)?[:#]?/i.test(text3);
  const listed = /^(?:\d+[.)]\s*)?([0-9a-f]{7,40})\s+(?:-|–|—|:)\s+\S/.test(text3);
  if (!labelled && !listed) return [];
  return [...text3.matchAll(HASH)].map((m) => m[1] ?? "").filter((hash) => /[a-f]/.test(hash) && /\d/.test(hash) && !PLACEHOLDER_HASH.test(hash)).slice(0, listed && !labelled ? 1 : void 0).map((hash) => ({ kind: "commit.exists", claimed: hash }));
}
var MATCHERS = [
  testRatio,
  testCounts,
  testTotal,
  testState,
  typecheckCodes,
  typecheckCount,
  typecheckState,
  buildState,
  audit,
  lint,
  coverage,
  readiness,
  passRate,
  other
];

// node_modules/marked/lib/marked.esm.js
function G() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
var S = G();
function ue(l3) {
  S = l3;
}
var q = { exec: () => null };
function D(l3) {
  let e = [];
  return (t) => {
    let n = Math.max(0, Math.min(3, t - 1)), r = e[n];
    return r || (r = l3(n), e[n] = r), r;
  };
}
function g(l3, e = "") {
  let t = typeof l3 == "string" ? l3 : l3.source, n = { replace: (r, s) => {
    let o = typeof s == "string" ? s : s.source;
    return o = o.replace(O.caret, "$1"), t = t.replace(r, o), n;
  }, getRegex: () => new RegExp(t, e) };
  return n;
}
var _e = ((l3 = "") => {
  try {
    return !!new RegExp("(?<=1)(?<!1)" + l3);
  } catch {
    return false;
  }
})();
var O = { codeRemoveIndent: /^(?: {0,3}\t| {1,4})/gm, listInterruptsParagraph: /^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, endingSpaceTabChar: /[ \t]$/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, leadingSpaceTab: /^[ \t]+/, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, blockquoteMarkerWhitespace: /^( {0,3}>)(\t[ \t]*)/gm, nestedBlockMarker: /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\][ \t]+\S/, listReplaceTask: /^\[[ xX]\][ \t]+/, listTaskCheckbox: /\[[ xX]\]/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, numericCharacterReference: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/, numericCharacterReferenceOrAmpersand: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (l3) => new RegExp(`^( {0,3}${l3})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`)), hrRegex: D((l3) => new RegExp(`^ {0,${l3}}((?:-[ 	]*){3,}|(?:_[ 	]*){3,}|(?:\\*[ 	]*){3,})(?:\\n+|$)`)), fencesBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:\`\`\`|~~~)`)), headingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#{1,6}(?:\\s|$)`)), pedanticHeadingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#`)), htmlBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:</?(?:${he})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`, "i")), blockquoteBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}>`)), nestedContainerMarkers: /^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/ };
var Ge = /^(?:[ \t]*(?:\n|$))+/;
var Ne = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
var Fe = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/;
var V = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
var Qe = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
var ce = / {0,3}(?:[*+-]|\d{1,9}[.)])/;
var he = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
var J = g(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag", he).getRegex();
var $e = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/;
var Le = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g, "").replace(/html/g, J).getRegex();
var We = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g, J).getRegex();
var de = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/;
var Ue = /^[^\n]+/;
var ge = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/;
var Ke = g(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", ge).replace("title", /(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex();
var Xe = g(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g, ce).getRegex();
var ke = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
var Ve = g("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", ke).replace("tag", he).replace("attribute", /[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex();
var Ce = (l3) => g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", l3).replace("html", J).getRegex();
var Je = Ce(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/);
var Ye = Ce(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/);
var et = g(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph", Ye).getRegex();
var fe = { blockquote: et, code: Ne, def: Ke, fences: Fe, heading: Qe, hr: V, html: Ve, lheading: Le, list: Xe, newline: Ge, paragraph: Je, table: q, text: Ue };
var Pe = g("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", J).getRegex();
var tt = { ...fe, lheading: We, table: Pe, paragraph: g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", Pe).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html", J).getRegex() };
var nt = { ...fe, html: g(`^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))`).replace("comment", ke).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: q, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: g(de).replace("hr", V).replace("heading", ` *#{1,6} *[^
]`).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").replace("lheading", Le).getRegex() };
var rt = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
var st = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
var Ie = /^( {2,}|\\)\n(?!\s*$)[ \t]*/;
var it = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
var L = /[\p{P}\p{S}]/u;
var N2 = /[\s\p{P}\p{S}]/u;
var Y = /[^\s\p{P}\p{S}]/u;
var ot = g(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, N2).getRegex();
var at = /[\p{Pi}\p{Ps}"']/u;
var Ae = /(?!~)[\p{P}\p{S}]/u;
var lt = /(?!~)[\s\p{P}\p{S}]/u;
var ut = /(?:[^\s\p{P}\p{S}]|~)/u;
var pt = g(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", _e ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
var Ee = /^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/;
var ct = g(Ee, "u").replace(/punct/g, L).getRegex();
var ht = g(Ee, "u").replace(/punct/g, Ae).getRegex();
var dt = /^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/;
var gt = g(dt, "u").replace(/openQuote/g, at).replace(/punct/g, L).getRegex();
var ze = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
var kt = g(ze, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N2).replace(/punct/g, L).getRegex();
var ft = g(ze, "gu").replace(/notPunctSpace/g, ut).replace(/punctSpace/g, lt).replace(/punct/g, Ae).getRegex();
var mt = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)";
var xt = g(mt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N2).replace(/punct/g, L).getRegex();
var bt = g("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N2).replace(/punct/g, L).getRegex();
var Rt = "^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)";
var Tt = g(Rt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N2).replace(/punct/g, L).getRegex();
var Ot = g(/^~~?(?:((?!~)punct)|[^\s~])/, "u").replace(/punct/g, L).getRegex();
var wt = "^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)";
var Pt = g(wt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N2).replace(/punct/g, L).getRegex();
var yt = g(/\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var St = g(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var _t = g(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
var $t = g(ke).replace("(?:-->|$)", "-->").getRegex();
var Lt = g("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", $t).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
var Me = /\[(?:\\[\s\S]|[^\[\]\\])*\]/;
var ie = g(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets", Me).getRegex();
var Ct = g(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label", ie).replace("href", /<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title", /"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex();
var It = g(/^!?\[(label)\]\[(ref)\]/).replace("label", ie).replace("ref", ge).getRegex();
var At = g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ge).getRegex();
var ye = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/;
var Et = g(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets", Me).getRegex();
var zt = g("reflink|nolink(?!\\()", "g").replace("reflink", g(/^!?\[(label)\]\[(ref)\]/).replace("label", Et).replace("ref", ye).getRegex()).replace("nolink", g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ye).getRegex()).getRegex();
var Se = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
var Mt = /[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/;
var Bt = g(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g, Mt).getRegex();
var me = { _backpedal: q, anyPunctuation: yt, anyPunctuationOutsideCode: St, autolink: _t, blockSkip: pt, br: Ie, code: st, del: q, delLDelim: q, delRDelim: q, emStrongLDelim: ct, emStrongRDelimAst: kt, emStrongRDelimUnd: bt, escape: rt, link: Ct, nolink: At, punctuation: ot, reflink: It, reflinkSearch: zt, tag: Lt, text: it, url: q };
var Dt = { ...me, emStrongLDelim: gt, emStrongRDelimAst: xt, emStrongRDelimUnd: Tt, link: g(/^!?\[(label)\]\((.*?)\)/).replace("label", ie).getRegex(), reflink: g(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", ie).getRegex() };
var pe = { ...me, emStrongRDelimAst: ft, emStrongLDelim: ht, delLDelim: Ot, delRDelim: Pt, url: g(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol", Bt).replace("protocol", Se).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: g(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol", Se).replace(/emailProtocol/g, /(?:mailto|xmpp):/).replace("wwwStart", _e ? "(?<![^\\s*_~(])www\\." : "www\\.").getRegex() };
var qt = { ...pe, br: g(Ie).replace("{2,}", "*").getRegex(), text: g(pe.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
var ee = { normal: fe, gfm: tt, pedantic: nt };
var F = { normal: me, gfm: pe, breaks: qt, pedantic: Dt };
var vt = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var Be = (l3) => vt[l3];
function y(l3, e) {
  if (e) {
    if (O.escapeTest.test(l3)) return l3.replace(O.escapeReplace, Be);
  } else if (O.escapeTestNoEncode.test(l3)) return l3.replace(O.escapeReplaceNoEncode, Be);
  return l3;
}
function De(l3) {
  return O.numericCharacterReference.test(l3) ? l3.replace(O.numericCharacterReferenceOrAmpersand, (e, t, n) => {
    if (t === void 0 && n === void 0) return "&amp;";
    let r = t === void 0 ? Number.parseInt(n, 16) : Number.parseInt(t, 10);
    return r === 0 || r > 1114111 || r >= 55296 && r <= 57343 ? "\uFFFD" : r === 38 ? "&amp;" : String.fromCodePoint(r);
  }) : l3;
}
function xe(l3) {
  try {
    l3 = encodeURI(l3).replace(O.percentDecode, "%");
  } catch {
    return null;
  }
  return l3;
}
function be(l3, e) {
  let t = l3.replace(O.findPipe, (s, o, i) => {
    let a = false, c = o;
    for (; --c >= 0 && i[c] === "\\"; ) a = !a;
    return a ? "|" : " |";
  }), n = t.split(O.splitPipe), r = 0;
  if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
  else for (; n.length < e; ) n.push("");
  for (; r < n.length; r++) n[r] = n[r].trim().replace(O.slashPipe, "|");
  return n;
}
function C(l3, e, t) {
  let n = l3.length;
  if (n === 0) return "";
  let r = 0;
  for (; r < n; ) {
    let s = l3.charAt(n - r - 1);
    if (s === e && !t) r++;
    else if (s !== e && t) r++;
    else break;
  }
  return l3.slice(0, n - r);
}
function Re(l3) {
  let e = l3.split(`
`), t = e.length - 1;
  for (; t >= 0 && O.blankLine.test(e[t]); ) t--;
  return e.length - t <= 2 ? l3 : e.slice(0, t + 1).join(`
`);
}
function W(l3) {
  return l3.trim().replace(O.multipleSpaceGlobal, " ").toLowerCase().toUpperCase().toLowerCase();
}
function Te(l3, e) {
  if (l3.indexOf(e[0]) === -1 && l3.indexOf(e[1]) === -1) return -1;
  let t = 0;
  for (let n = 0; n < l3.length; n++) if (l3[n] === "\\") n++;
  else if (l3[n] === e[0]) t++;
  else if (l3[n] === e[1] && (t--, t < 0)) return n;
  return t > 0 ? -2 : -1;
}
var Q = /* @__PURE__ */ new WeakMap();
function Oe(l3) {
  let e = { "*": -1, _: -1 }, t = -1, n = l3.length;
  for (let r = 0; r < n; r++) {
    let s = l3[r];
    if (s !== "*" && s !== "_" && s !== "~") continue;
    let o = r === 0 ? `
` : l3[r - 1], i = r + 1;
    for (; i < n && l3[i] === s; ) i++;
    o !== " " && o !== "	" && o !== `
` && o !== "\r" && o !== "\f" && (s === "~" ? t = r : e[s] = r), r = i - 1;
  }
  return { maskedSrc: l3, lastPossibleEmStrongCloserIndex: e, lastPossibleDelCloserIndex: t };
}
function qe(l3, e) {
  let t = Oe(e), n = Q.get(l3);
  n ? n.push(t) : Q.set(l3, [t]);
}
function ve(l3) {
  let e = Q.get(l3);
  e && (e.pop(), e.length === 0 && Q.delete(l3));
}
function oe(l3, e, t) {
  let n = Q.get(l3)?.at(-1);
  return n && n.maskedSrc === e ? n.lastPossibleEmStrongCloserIndex[t] : Oe(e).lastPossibleEmStrongCloserIndex[t];
}
function ae(l3, e) {
  let t = Q.get(l3)?.at(-1);
  return t && t.maskedSrc === e ? t.lastPossibleDelCloserIndex : Oe(e).lastPossibleDelCloserIndex;
}
function te(l3, e = 0) {
  let t = e, n = "";
  for (let r of l3) if (r === "	") {
    let s = 4 - t % 4;
    n += " ".repeat(s), t += s;
  } else n += r, t++;
  return n;
}
function Ht(l3, e) {
  let t = "";
  for (let n = 0; n < l3.length; n++) {
    if (l3[n] === "`") {
      let r = e.inline.code.exec(l3.slice(n));
      if (r) {
        t += r[0], n += r[0].length - 1;
        continue;
      }
    }
    if (l3[n] === "\\" && (l3[n + 1] === "[" || l3[n + 1] === "]")) {
      t += l3[n + 1], n++;
      continue;
    }
    t += l3[n];
  }
  return t;
}
function He(l3, e, t, n, r) {
  let s = e.href, o = e.title || null, i = Ht(l3[1], r), a = l3[0].charAt(0) === "!", c = n.state.inLink, u = n.state.linkEmitted, d = n.state.inRawBlock;
  n.state.inLink = true, n.state.linkEmitted = false;
  let h = n.inlineTokens(i), p = n.state.linkEmitted;
  if (n.state.linkEmitted = u, n.state.inLink = c, !a) {
    if (p) {
      n.state.inRawBlock = d;
      return;
    }
    n.state.linkEmitted = true;
  }
  return { type: a ? "image" : "link", raw: t, href: s, title: o, text: i, tokens: h };
}
function Zt(l3, e, t) {
  let n = l3.match(t.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((s) => {
    let o = s.match(t.other.beginningSpace);
    if (o === null) return s;
    let [i] = o;
    return s.slice(Math.min(i.length, r.length));
  }).join(`
`);
}
function Ze(l3, e, t, n) {
  if (!e.includes("<")) return false;
  for (let r = 0; r < e.length; r++) {
    if (e[r] === "\\") {
      r++;
      continue;
    }
    if (e[r] === "`") {
      let i = n.inline.code.exec(e.slice(r));
      if (i) {
        r += i[0].length - 1;
        continue;
      }
    }
    if (e[r] !== "<") continue;
    let s = l3.slice(t + r), o = n.inline.tag.exec(s) || n.inline.autolink.exec(s);
    if (o) {
      if (o[0].length > e.length - r) return true;
      r += o[0].length - 1;
    }
  }
  return false;
}
var _ = class {
  options;
  rules;
  lexer;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    let t = this.rules.block.newline.exec(e);
    if (t && t[0].length > 0) return { type: "space", raw: t[0] };
  }
  code(e) {
    let t = this.rules.block.code.exec(e);
    if (t) {
      let n = this.options.pedantic ? t[0] : Re(t[0]), r = n.replace(this.rules.other.codeRemoveIndent, "");
      return { type: "code", raw: n, codeBlockStyle: "indented", text: r };
    }
  }
  fences(e) {
    let t = this.rules.block.fences.exec(e);
    if (t) {
      let n = t[0], r = Zt(n, t[3] || "", this.rules);
      return t[3] !== void 0 && (r === "" || r.endsWith(`
`)) && (r += `
`), { type: "code", raw: n, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
    }
  }
  heading(e) {
    let t = this.rules.block.heading.exec(e);
    if (t) {
      let n = t[2].trim();
      if (this.rules.other.endingHash.test(n)) {
        let r = C(n, "#");
        (this.options.pedantic || !r || this.rules.other.endingSpaceTabChar.test(r)) && (n = r.trim());
      }
      return { type: "heading", raw: C(t[0], `
`), depth: t[1].length, text: n, tokens: this.lexer.inline(n) };
    }
  }
  hr(e) {
    let t = this.rules.block.hr.exec(e);
    if (t) return { type: "hr", raw: C(t[0], `
`) };
  }
  blockquote(e) {
    let t = this.rules.block.blockquote.exec(e);
    if (t) {
      let n = C(t[0], `
`).split(`
`), r = "", s = "", o = [];
      for (; n.length > 0; ) {
        let i = false, a = [], c;
        for (c = 0; c < n.length; c++) if (this.rules.other.blockquoteStart.test(n[c])) a.push(n[c]), i = true;
        else if (!i) a.push(n[c]);
        else break;
        n = n.slice(c);
        let u = a.join(`
`), d = u.replace(this.rules.other.blockquoteMarkerWhitespace, (k, m, b) => b.startsWith(" ") ? m + " " + b.slice(1) : m + te(b, m.length)).replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
        r = r ? `${r}
${u}` : u, s = s ? `${s}
${d}` : d;
        let h = this.lexer.state.top;
        if (this.lexer.state.top = true, this.lexer.blockTokens(d, o, true), this.lexer.state.top = h, n.length === 0) break;
        let p = o.at(-1);
        if (p?.type === "code" || p?.type === "heading" || p?.type === "hr" || p?.type === "html" || p?.type === "table") break;
        if (p?.type === "blockquote") {
          let k = p, m = n.join(`
`), b = k.raw + `
` + m.replace(this.rules.other.blockquoteSetextReplace2, ""), f = this.blockquote(b);
          o[o.length - 1] = f;
          let R = b.substring(f.raw.length).replace(/^\n/, ""), E = R ? R.split(`
`).length : 0, T = E ? n.slice(0, -E) : n;
          if (T.length > 0 && (r = `${r}
${T.join(`
`)}`), s = s.substring(0, s.length - k.text.length) + f.text, n = n.slice(T.length), n.length > 0 && this.rules.other.blockquoteStart.test(n[0])) continue;
          break;
        } else if (p?.type === "list") {
          let k = p, m = k.raw + `
` + n.join(`
`), b = this.list(m);
          o[o.length - 1] = b;
          let f = b.raw.length > k.raw.length ? m.slice(k.raw.length + 1, b.raw.length).split(`
`).length : 0;
          if (f > 0) {
            let R = n.slice(0, f).join(`
`);
            r = `${r}
${R}`, s = `${s}
${R}`;
          }
          if (n = n.slice(f), n.length > 0 && !this.rules.other.blockquoteStart.test(n[0])) break;
          continue;
        }
      }
      return { type: "blockquote", raw: r, tokens: o, text: s };
    }
  }
  list(e) {
    let t = this.rules.block.list.exec(e);
    if (t) {
      if (!this.options.pedantic && this.lexer.state.lastToken?.type === "text" && !this.rules.other.listInterruptsParagraph.test(e)) return;
      let n = e, r = () => n.length - e.length, s = t[1].trim(), o = s.length > 1, i = { type: "list", raw: "", ordered: o, start: o ? +s.slice(0, -1) : "", loose: false, items: [] };
      s = o ? `\\d{1,9}\\${s.slice(-1)}` : `\\${s}`, this.options.pedantic && (s = o ? s : "[*+-]");
      let a = this.rules.other.listItemRegex(s), c = false;
      for (; e; ) {
        let h = false, p = "";
        if (!(t = a.exec(e)) || this.rules.block.hr.test(e)) break;
        let k = r();
        e = e.substring(t[0].length);
        let m = t[2].split(`
`, 1)[0], b = t[1].length, f = this.options.pedantic ? te(m, b) : m.replace(this.rules.other.leadingSpaceTab, (H) => te(H, b)), R = e.split(`
`, 1)[0], E = !f.trim(), T = 0;
        if (this.options.pedantic ? (T = 2, p = f.trimStart()) : E ? T = b + 1 : (T = f.search(this.rules.other.nonSpaceChar), T = T > 4 ? 1 : T, p = f.slice(T), T += b), E && this.rules.other.blankLine.test(R) && (e = e.substring(R.length + 1), h = true), !h) {
          let H = this.rules.other.nextBulletRegex(T), K = this.rules.other.hrRegex(T), re = this.rules.other.fencesBeginRegex(T), B = this.options.pedantic ? this.rules.other.pedanticHeadingBeginRegex(T) : this.rules.other.headingBeginRegex(T), X = this.rules.other.htmlBeginRegex(T), se = this.rules.other.blockquoteBeginRegex(T), le = false;
          for (; e; ) {
            let we = e.split(`
`, 1)[0], Z;
            if (R = we, this.options.pedantic ? (R = R.replace(this.rules.other.listReplaceNesting, "  "), Z = R) : Z = R.replace(this.rules.other.leadingSpaceTab, ($) => te($)), re.test(R) || B.test(R) || X.test(R) || se.test(R) || H.test(R) || K.test(R)) break;
            if (Z.search(this.rules.other.nonSpaceChar) >= T || !R.trim()) p += `
` + Z.slice(T), le = false;
            else {
              if (E) break;
              let $ = f;
              if (!this.options.pedantic && !p.includes(`
`) && !f.includes("	")) {
                let j;
                for (; !K.test($) && (j = this.rules.other.nestedBlockMarker.exec($)); ) $ = $.slice(j[0].length);
                if (!$.trim()) break;
              }
              if ($.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || re.test($) || B.test($) || X.test($) || K.test($)) break;
              if (!this.options.pedantic && !le) {
                let j = f.replace(this.rules.other.nestedContainerMarkers, "");
                if (this.rules.block.fences.test(j) || this.rules.block.heading.test(j) || this.rules.block.hr.test(j)) break;
              }
              let je = !this.options.pedantic && /^ {0,3}(?:=+|-+) *$/.test(R) && this.rules.block.lheading.test(`${f}
${R}`) ? `    ${Z.replace(/^ {0,3}/, "")}` : R;
              p += `
` + je, le = true;
            }
            E = !R.trim(), e = e.substring(we.length + 1), f = Z.slice(T);
          }
        }
        let U = n.slice(k, r());
        i.loose || (c ? i.loose = true : this.rules.other.doubleBlankLine.test(U) && (c = true)), i.items.push({ type: "list_item", raw: U, task: !!this.options.gfm && this.rules.other.listIsTask.test(p), loose: false, text: p, tokens: [] });
      }
      let u = i.items.at(-1);
      if (u) u.raw = u.raw.trimEnd(), u.text = u.text.trimEnd();
      else return;
      i.raw = n.slice(0, r()).trimEnd();
      let d = [];
      for (let h of i.items) if (this.lexer.state.top = false, d.push(this.lexer.inlineQueue.length), h.tokens = this.lexer.blockTokens(h.text, []), !i.loose) {
        let p = h.tokens.filter((m) => m.type === "space"), k = p.length > 0 && p.some((m) => this.rules.other.anyLine.test(m.raw));
        i.loose = k;
      }
      for (let h = 0; h < i.items.length; h++) {
        let p = i.items[h], k = p.tokens[0];
        if (p.task && (k?.type === "text" || k?.type === "paragraph")) {
          p.text = p.text.replace(this.rules.other.listReplaceTask, ""), k.raw = k.raw.replace(this.rules.other.listReplaceTask, ""), k.text = k.text.replace(this.rules.other.listReplaceTask, "");
          let m = this.lexer.inlineQueue;
          for (let f = d[h]; f < m.length; f++) if (m[f].tokens === k.tokens) {
            m[f].src = m[f].src.replace(this.rules.other.listReplaceTask, "");
            break;
          }
          let b = this.rules.other.listTaskCheckbox.exec(p.raw);
          if (b) {
            let f = { type: "checkbox", raw: b[0] + " ", checked: b[0] !== "[ ]" };
            p.checked = f.checked, i.loose ? p.tokens[0] && ["paragraph", "text"].includes(p.tokens[0].type) && "tokens" in p.tokens[0] && p.tokens[0].tokens ? (p.tokens[0].raw = f.raw + p.tokens[0].raw, p.tokens[0].text = f.raw + p.tokens[0].text, p.tokens[0].tokens.unshift(f)) : p.tokens.unshift({ type: "paragraph", raw: f.raw, text: f.raw, tokens: [f] }) : p.tokens.unshift(f);
          }
        } else p.task && (p.task = false);
      }
      if (i.loose) for (let h of i.items) {
        h.loose = true;
        for (let p of h.tokens) p.type === "text" && (p.type = "paragraph");
      }
      return i;
    }
  }
  html(e) {
    let t = this.rules.block.html.exec(e);
    if (t) {
      if (this.lexer.state.lastToken?.type === "paragraph" && !this.rules.other.htmlBeginRegex(4).test(e)) return;
      let n = Re(t[0]);
      return { type: "html", block: true, raw: n, pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: n };
    }
  }
  def(e) {
    let t = this.rules.block.def.exec(e);
    if (t) {
      if (!this.rules.other.startAngleBracket.test(t[2]) && Te(t[2], "()") !== -1) return;
      let n = W(t[1]), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", s = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
      return { type: "def", tag: n, raw: C(t[0], `
`), href: r, title: s };
    }
  }
  table(e) {
    let t = this.rules.block.table.exec(e);
    if (!t || !this.rules.other.tableDelimiter.test(t[2])) return;
    let n = be(t[1]), r = t[2].replace(this.rules.other.tableAlignChars, "").split("|"), s = t[3]?.trim() ? t[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], o = { type: "table", raw: C(t[0], `
`), header: [], align: [], rows: [] };
    if (n.length === r.length) {
      for (let i of r) this.rules.other.tableAlignRight.test(i) ? o.align.push("right") : this.rules.other.tableAlignCenter.test(i) ? o.align.push("center") : this.rules.other.tableAlignLeft.test(i) ? o.align.push("left") : o.align.push(null);
      for (let i = 0; i < n.length; i++) o.header.push({ text: n[i], tokens: this.lexer.inline(n[i]), header: true, align: o.align[i] });
      for (let i of s) o.rows.push(be(i, o.header.length).map((a, c) => ({ text: a, tokens: this.lexer.inline(a), header: false, align: o.align[c] })));
      return o;
    }
  }
  lheading(e) {
    let t = this.rules.block.lheading.exec(e);
    if (t) {
      let n = t[1].trim();
      return { type: "heading", raw: C(t[0], `
`), depth: t[2].charAt(0) === "=" ? 1 : 2, text: n, tokens: this.lexer.inline(n) };
    }
  }
  paragraph(e) {
    let t = this.rules.block.paragraph.exec(e);
    if (t) {
      let n = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
      return { type: "paragraph", raw: t[0], text: n, tokens: this.lexer.inline(n) };
    }
  }
  text(e) {
    let t = this.rules.block.text.exec(e);
    if (t) return { type: "text", raw: t[0], text: t[0], tokens: this.lexer.inline(t[0]) };
  }
  escape(e) {
    if (e.charCodeAt(0) !== 92) return;
    let t = this.rules.inline.escape.exec(e);
    if (t) return { type: "escape", raw: t[0], text: t[1] };
  }
  tag(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.tag.exec(e);
    if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
  }
  link(e) {
    if (this.lexer.state.linkParenPossible === false) return;
    let t = e.charCodeAt(0);
    if (t !== 91 && t !== 33) return;
    let n = this.rules.inline.link.exec(e);
    if (n) {
      let r = n[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, n[1], r, this.rules)) return;
      let s = n[2].trim();
      if (!this.options.pedantic && this.rules.other.startAngleBracket.test(s)) {
        if (!this.rules.other.endAngleBracket.test(s)) return;
        let c = C(s.slice(0, -1), "\\");
        if ((s.length - c.length) % 2 === 0) return;
      } else {
        let c = Te(n[2], "()");
        if (c === -2) return;
        if (c > -1) {
          let d = (n[0].indexOf("!") === 0 ? 5 : 4) + n[1].length + c;
          n[2] = n[2].substring(0, c), n[0] = n[0].substring(0, d).trim(), n[3] = "";
        }
      }
      let o = C(n[0].slice(0, -1), "\\");
      if ((n[0].length - o.length) % 2 === 0) return;
      let i = n[2], a = "";
      if (this.options.pedantic) {
        let c = this.rules.other.pedanticHrefTitle.exec(i);
        c && (i = c[1], a = c[3]);
      } else a = n[3] ? n[3].slice(1, -1) : "";
      return i = i.trim(), this.rules.other.startAngleBracket.test(i) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(s) ? i = i.slice(1) : i = i.slice(1, -1)), He(n, { href: i && i.replace(this.rules.inline.anyPunctuation, "$1"), title: a && a.replace(this.rules.inline.anyPunctuation, "$1") }, n[0], this.lexer, this.rules);
    }
  }
  reflink(e, t) {
    let n = e.charCodeAt(0);
    if (n !== 91 && n !== 33) return;
    let r;
    if ((r = this.rules.inline.reflink.exec(e)) || (r = this.rules.inline.nolink.exec(e))) {
      let s = r[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, r[1], s, this.rules)) return;
      let o = t[W(r[2] || r[1])];
      if (!o) {
        let i = r[0].charAt(0);
        return { type: "text", raw: i, text: i };
      }
      return He(r, o, r[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t, n = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || !r[1] && !r[2] && !r[3] && !r[4]) return;
    let s = r[0][0], o = n === s, i = t.length - e.length, a = i;
    for (; !this.options.pedantic && a > 0 && t[a - 1] === s; ) a--;
    let c = [...t.slice(Math.max(0, a - 2), a)].at(-1) ?? "", u = c === "*" || c === "_" || !!this.rules.inline.punctuation.exec(c);
    a < i && (n = c);
    let d = a < i ? u : n === "*" || n === "_" || !!this.rules.inline.punctuation.exec(n);
    if (r[4] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
    let h = r[1] || r[3] || "";
    if (!h || !n || d) {
      let p = [...r[0]].length - 1, k, m, b = p, f = 0, R = i - a + p, E = !this.options.pedantic && !!c.trim() && (!!h || s === "*" && !u);
      if (s !== "*" && s !== "_") return;
      let T = s === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd, U = oe(this, t, s), H = t.length - e.length + p;
      if (U < H) return;
      t = t.slice(-1 * e.length + p);
      let K = U - H;
      for (T.lastIndex = 0; (r = T.exec(t)) !== null && !(r.index > K); ) {
        if (k = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !k) continue;
        if (m = [...k].length, r[3] || r[4]) {
          b += m;
          continue;
        } else if ((r[5] || r[6] || E) && R % 3 && !((R + m) % 3)) {
          if (o && (r[5] || r[6])) break;
          f += m;
          continue;
        }
        if (b -= m, b > 0) continue;
        m = Math.min(m, m + b + f);
        let re = [...r[0]][0].length, B = e.slice(0, p + r.index + re + m);
        if (Math.min(p, m) % 2) {
          let se = B.slice(1, -1);
          return { type: "em", raw: B, text: se, tokens: this.lexer.inlineTokens(se) };
        }
        let X = B.slice(2, -2);
        return { type: "strong", raw: B, text: X, tokens: this.lexer.inlineTokens(X) };
      }
    }
  }
  codespan(e) {
    if (e.charCodeAt(0) !== 96) return;
    let t = this.rules.inline.code.exec(e);
    if (t) {
      let n = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), s = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
      return r && s && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t[0], text: n };
    }
  }
  br(e) {
    let t = e.charCodeAt(0);
    if (t !== 32 && t !== 92 && t !== 10) return;
    let n = this.rules.inline.br.exec(e);
    if (n) return { type: "br", raw: n[0] };
  }
  del(e, t, n = "") {
    if (e.charCodeAt(0) !== 126) return;
    let r = this.rules.inline.delLDelim.exec(e);
    if (!r) return;
    if (!(r[1] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let o = [...r[0]].length - 1, i, a, c = o, u = this.rules.inline.delRDelim, d = ae(this, t), h = t.length - e.length + o;
      if (d < h) return;
      t = t.slice(-1 * e.length + o);
      let p = d - h;
      for (u.lastIndex = 0; (r = u.exec(t)) !== null && !(r.index > p); ) {
        if (i = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !i || (a = [...i].length, a !== o)) continue;
        if (r[3] || r[4]) {
          c += a;
          continue;
        }
        if (c -= a, c > 0) continue;
        a = Math.min(a, a + c);
        let k = [...r[0]][0].length, m = e.slice(0, o + r.index + k + a), b = m.slice(o, -o);
        return { type: "del", raw: m, text: b, tokens: this.lexer.inlineTokens(b) };
      }
    }
  }
  autolink(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.autolink.exec(e);
    if (t) {
      let n, r;
      return t[2] === "@" ? (n = t[1], r = "mailto:" + n) : (n = t[1], r = n), { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  url(e) {
    let t;
    if (t = this.rules.inline.url.exec(e)) {
      let n, r;
      if (t[2] === "@") n = t[0], r = "mailto:" + n;
      else {
        let s;
        do
          s = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
        while (s !== t[0]);
        n = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
      }
      return { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  inlineText(e) {
    let t = this.rules.inline.text.exec(e);
    if (t) {
      let n = this.lexer.state.inRawBlock;
      return { type: "text", raw: t[0], text: n ? t[0] : De(t[0]), escaped: n };
    }
  }
};
var w = class l {
  tokens;
  options;
  state;
  inlineQueue;
  tokenizer;
  constructor(e) {
    this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || S, this.options.tokenizer = this.options.tokenizer || new _(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, linkEmitted: false, linkParenPossible: true, top: true };
    let t = { other: O, block: ee.normal, inline: F.normal };
    this.options.pedantic ? (t.block = ee.pedantic, t.inline = F.pedantic) : this.options.gfm && (t.block = ee.gfm, this.options.breaks ? t.inline = F.breaks : t.inline = F.gfm), this.tokenizer.rules = t;
  }
  static get rules() {
    return { block: ee, inline: F };
  }
  static lex(e, t) {
    return new l(t).lex(e);
  }
  static lexInline(e, t) {
    return new l(t).inlineTokens(e);
  }
  lex(e) {
    e = e.replace(O.carriageReturn, `
`), this.blockTokens(e, this.tokens);
    for (let t = 0; t < this.inlineQueue.length; t++) {
      let n = this.inlineQueue[t];
      this.state.inRawBlock = false, this.inlineTokens(n.src, n.tokens);
    }
    return this.inlineQueue = [], this.tokens;
  }
  blockTokens(e, t = [], n = false) {
    this.tokenizer.lexer = this;
    let r = this.state.lastToken;
    this.options.pedantic && (e = e.replace(O.tabCharGlobal, "    ").replace(O.spaceLine, ""));
    let s = 1 / 0, o, i = this.options.gfm && !this.options.pedantic && this.tokenizer.paragraph === _.prototype.paragraph;
    for (; e; ) {
      if (e.length < s) s = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      this.state.lastToken = t.at(-1);
      let a;
      if (this.options.extensions?.block?.some((u) => (a = u.call({ lexer: this }, e, t)) ? (e = e.substring(a.raw.length), t.push(a), true) : false)) continue;
      if (a = this.tokenizer.space(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        a.raw.length === 1 && u !== void 0 ? u.raw += `
` : t.push(a);
        continue;
      }
      if (a = this.tokenizer.code(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (a = this.tokenizer.fences(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.heading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.hr(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.blockquote(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.list(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.html(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.def(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.raw, this.inlineQueue.at(-1).src = u.text) : (this.tokens.links[a.tag] || (this.tokens.links[a.tag] = { href: a.href, title: a.title }), t.push(a));
        continue;
      }
      if (a = this.tokenizer.table(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.lheading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startBlock) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startBlock.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (this.state.top && (a = this.tokenizer.paragraph(c))) {
        let u = t.at(-1);
        (n || u === o && i) && u?.type === "paragraph" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text, o = u) : (t.push(a), o = a), n = c.length !== e.length, e = e.substring(a.raw.length);
        continue;
      }
      if (a = this.tokenizer.text(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return this.state.top = true, this.state.lastToken = r, t;
  }
  inline(e, t = []) {
    return this.inlineQueue.push({ src: e, tokens: t }), t;
  }
  linkInText(e) {
    if (!e.includes("[")) return false;
    let t = this.tokenizer.rules.inline.link;
    for (let n of e.matchAll(this.tokenizer.rules.inline.blockSkip)) if (t.test(n[0]) && e.charAt(n.index - 1) !== "!") return true;
    for (let n of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)) {
      let r = n[0], s = r.lastIndexOf("[");
      if (!(r.charAt(0) === "!" || !Object.hasOwn(this.tokens.links, W(r.slice(s + 1, -1)))) && !(s > 1 && this.linkInText(r.slice(1, s - 1)))) return true;
    }
    return false;
  }
  inlineTokens(e, t = []) {
    this.tokenizer.lexer = this;
    let n = this.state.linkParenPossible;
    this.state.linkParenPossible = e.includes(")");
    try {
      return this.#t(e, t);
    } finally {
      this.state.linkParenPossible = n;
    }
  }
  #t(e, t) {
    let n = e.includes("*") || e.includes("_") || e.includes("~"), r = n || this.options.hooks?.emStrongMask || this.tokenizer.emStrong !== _.prototype.emStrong || this.tokenizer.del !== _.prototype.del ? this.#r(e) : e;
    if (!n) return this.#e(e, r, t);
    qe(this.tokenizer, r);
    try {
      return this.#e(e, r, t);
    } finally {
      ve(this.tokenizer);
    }
  }
  #e(e, t, n) {
    let r = false, s = "", o = 1 / 0;
    for (; e; ) {
      if (e.length < o) o = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      r || (s = ""), r = false;
      let i;
      if (this.options.extensions?.inline?.some((u) => (i = u.call({ lexer: this }, e, n)) ? (e = e.substring(i.raw.length), n.push(i), true) : false)) continue;
      if (i = this.tokenizer.escape(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.tag(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.link(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(i.raw.length);
        let u = n.at(-1);
        i.type === "text" && u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      let a = e[0];
      if (a === "*" || a === "_") {
        let u = t.length - e.length;
        if (oe(this.tokenizer, t, a) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === a.charCodeAt(0); ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      } else if (a === "~") {
        let u = t.length - e.length;
        if (ae(this.tokenizer, t) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === 126; ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      }
      if (i = this.tokenizer.emStrong(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.codespan(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.br(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.del(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.autolink(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (!this.state.inLink && (i = this.tokenizer.url(e))) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startInline) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startInline.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (i = this.tokenizer.inlineText(c)) {
        e = e.substring(i.raw.length), i.raw.slice(-1) !== "_" && (s = i.raw.slice(-1)), r = true;
        let u = n.at(-1);
        u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return n;
  }
  #n(e) {
    let { blockSkip: t, tag: n, autolink: r } = this.tokenizer.rules.inline, s = "", o = 0, i;
    for (t.lastIndex = 0; i = t.exec(e); ) {
      let a = i.index + (i[2] ? i[2].length : 0), c = i.index + i[0].length;
      if (e.charAt(a) === "<") {
        let u = e.slice(a), d = n.exec(u) || r.exec(u);
        if (!d) {
          t.lastIndex = a + 1;
          continue;
        }
        c = a + d[0].length, t.lastIndex = c;
      }
      s += e.slice(o, a) + "[" + "a".repeat(c - a - 2) + "]", o = c;
    }
    return s + e.slice(o);
  }
  #r(e) {
    let t = e;
    if (this.tokens.links && e.includes("[")) {
      let n = this.tokenizer.rules.inline.reflinkSearch, r = (s) => {
        let o = s.lastIndexOf("[");
        if (!Object.hasOwn(this.tokens.links, W(s.slice(o + 1, -1)))) return s;
        if (o > 1 && s.charAt(0) !== "!") {
          let i = s.slice(1, o - 1);
          if (this.linkInText(i)) return "[" + i.replace(n, r) + "][" + "a".repeat(s.length - o - 2) + "]";
        }
        return "[" + "a".repeat(s.length - 2) + "]";
      };
      t = t.replace(n, r);
    }
    return t = t.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode, (n, r, s) => s ? "+".repeat(n.length) : r ? r + n.slice(r.length, -r.length).replace(/`/g, "+") + r : n), t = this.#n(t), t = this.options.hooks?.emStrongMask?.call({ lexer: this }, t) ?? t, t;
  }
  infiniteLoopError(e) {
    let t = "Infinite loop on byte: " + e;
    if (this.options.silent) console.error(t);
    else throw new Error(t);
  }
};
var I = class {
  options;
  parser;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    return "";
  }
  code({ text: e, lang: t, escaped: n }) {
    let r = (t || "").match(O.notSpaceStart)?.[0], s = e ? e.replace(O.endingNewline, "") + `
` : "";
    return r ? '<pre><code class="language-' + y(r) + '">' + (n ? s : y(s, true)) + `</code></pre>
` : "<pre><code>" + (n ? s : y(s, true)) + `</code></pre>
`;
  }
  blockquote({ tokens: e }) {
    return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
  }
  html({ text: e }) {
    return e;
  }
  def(e) {
    return "";
  }
  heading({ tokens: e, depth: t }) {
    return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
  }
  hr(e) {
    return `<hr>
`;
  }
  list(e) {
    let t = e.ordered, n = e.start, r = "";
    for (let i = 0; i < e.items.length; i++) {
      let a = e.items[i];
      r += this.listitem(a);
    }
    let s = t ? "ol" : "ul", o = t && n !== 1 ? ' start="' + n + '"' : "";
    return "<" + s + o + `>
` + r + "</" + s + `>
`;
  }
  listitem(e) {
    return `<li>${this.parser.parse(e.tokens)}</li>
`;
  }
  checkbox({ checked: e }) {
    return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox"> ';
  }
  paragraph({ tokens: e }) {
    return `<p>${this.parser.parseInline(e)}</p>
`;
  }
  table(e) {
    let t = "", n = "";
    for (let s = 0; s < e.header.length; s++) n += this.tablecell(e.header[s]);
    t += this.tablerow({ text: n });
    let r = "";
    for (let s = 0; s < e.rows.length; s++) {
      let o = e.rows[s];
      n = "";
      for (let i = 0; i < o.length; i++) n += this.tablecell(o[i]);
      r += this.tablerow({ text: n });
    }
    return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
  }
  tablerow({ text: e }) {
    return `<tr>
${e}</tr>
`;
  }
  tablecell(e) {
    let t = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
    return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t + `</${n}>
`;
  }
  strong({ tokens: e }) {
    return `<strong>${this.parser.parseInline(e)}</strong>`;
  }
  em({ tokens: e }) {
    return `<em>${this.parser.parseInline(e)}</em>`;
  }
  codespan({ text: e }) {
    return `<code>${y(e, true)}</code>`;
  }
  br(e) {
    return "<br>";
  }
  del({ tokens: e }) {
    return `<del>${this.parser.parseInline(e)}</del>`;
  }
  link({ href: e, title: t, text: n, tokens: r, autolink: s }) {
    let o = s ? y(n, true) : this.parser.parseInline(r), i = xe(e);
    if (i === null) return o;
    e = y(i, s);
    let a = '<a href="' + e + '"';
    return t && (a += ' title="' + y(t) + '"'), a += ">" + o + "</a>", a;
  }
  image({ href: e, title: t, text: n, tokens: r }) {
    r && (n = this.parser.parseInline(r, this.parser.textRenderer));
    let s = xe(e);
    if (s === null) return y(n);
    e = s;
    let o = `<img src="${y(e)}" alt="${y(n)}"`;
    return t && (o += ` title="${y(t)}"`), o += ">", o;
  }
  text(e) {
    return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : y(e.text);
  }
};
var z = class {
  parser;
  strong({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  em({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  codespan({ text: e }) {
    return e;
  }
  del({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  html({ text: e }) {
    return e;
  }
  text({ text: e }) {
    return e;
  }
  link({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  image({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  br() {
    return `
`;
  }
  checkbox({ raw: e }) {
    return e;
  }
};
var P = class l2 {
  options;
  renderer;
  textRenderer;
  constructor(e) {
    this.options = e || S, this.options.renderer = this.options.renderer || new I(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new z(), this.textRenderer.parser = this;
  }
  static parse(e, t) {
    return new l2(t).parse(e);
  }
  static parseInline(e, t) {
    return new l2(t).parseInline(e);
  }
  parse(e) {
    this.renderer.parser = this;
    let t = "";
    for (let n = 0; n < e.length; n++) {
      let r = e[n];
      if (this.options.extensions?.renderers?.[r.type]) {
        let o = r, i = this.options.extensions.renderers[o.type].call({ parser: this }, o);
        if (i !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "checkbox", "html", "def", "paragraph", "text"].includes(o.type)) {
          t += i === false ? "" : i ?? "";
          continue;
        }
      }
      let s = r;
      switch (s.type) {
        case "space": {
          t += this.renderer.space(s);
          break;
        }
        case "hr": {
          t += this.renderer.hr(s);
          break;
        }
        case "heading": {
          t += this.renderer.heading(s);
          break;
        }
        case "code": {
          t += this.renderer.code(s);
          break;
        }
        case "table": {
          t += this.renderer.table(s);
          break;
        }
        case "blockquote": {
          t += this.renderer.blockquote(s);
          break;
        }
        case "list": {
          t += this.renderer.list(s);
          break;
        }
        case "checkbox": {
          t += this.renderer.checkbox(s);
          break;
        }
        case "html": {
          t += this.renderer.html(s);
          break;
        }
        case "def": {
          t += this.renderer.def(s);
          break;
        }
        case "paragraph": {
          t += this.renderer.paragraph(s);
          break;
        }
        case "text": {
          t += this.renderer.text(s);
          break;
        }
        default: {
          let o = 'Token with "' + s.type + '" type was not found.';
          if (this.options.silent) return console.error(o), "";
          throw new Error(o);
        }
      }
    }
    return t;
  }
  parseInline(e, t = this.renderer) {
    this.renderer.parser = this;
    let n = "";
    for (let r = 0; r < e.length; r++) {
      let s = e[r];
      if (this.options.extensions?.renderers?.[s.type]) {
        let i = this.options.extensions.renderers[s.type].call({ parser: this }, s);
        if (i !== false || !["escape", "html", "link", "image", "checkbox", "strong", "em", "codespan", "br", "del", "text"].includes(s.type)) {
          n += i === false ? "" : i ?? "";
          continue;
        }
      }
      let o = s;
      switch (o.type) {
        case "escape": {
          n += t.text(o);
          break;
        }
        case "html": {
          n += t.html(o);
          break;
        }
        case "link": {
          n += t.link(o);
          break;
        }
        case "image": {
          n += t.image(o);
          break;
        }
        case "checkbox": {
          n += t.checkbox(o);
          break;
        }
        case "strong": {
          n += t.strong(o);
          break;
        }
        case "em": {
          n += t.em(o);
          break;
        }
        case "codespan": {
          n += t.codespan(o);
          break;
        }
        case "br": {
          n += t.br(o);
          break;
        }
        case "del": {
          n += t.del(o);
          break;
        }
        case "text": {
          n += t.text(o);
          break;
        }
        default: {
          let i = 'Token with "' + o.type + '" type was not found.';
          if (this.options.silent) return console.error(i), "";
          throw new Error(i);
        }
      }
    }
    return n;
  }
};
var A = class {
  options;
  block;
  constructor(e) {
    this.options = e || S;
  }
  static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
  static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
  preprocess(e) {
    return e;
  }
  postprocess(e) {
    return e;
  }
  processAllTokens(e) {
    return e;
  }
  emStrongMask(e) {
    return e;
  }
  provideLexer(e = this.block) {
    return e ? w.lex : w.lexInline;
  }
  provideParser(e = this.block) {
    return e ? P.parse : P.parseInline;
  }
};
function M(l3, e) {
  if (Array.isArray(e)) for (let t = 0; t < e.length; t++) l3.push(e[t]);
  else l3.push(e);
}
var ne = class {
  defaults = G();
  options = this.setOptions;
  parse = this.parseMarkdown(true);
  parseInline = this.parseMarkdown(false);
  Parser = P;
  Renderer = I;
  TextRenderer = z;
  Lexer = w;
  Tokenizer = _;
  Hooks = A;
  constructor(...e) {
    this.use(...e);
  }
  walkTokens(e, t) {
    let n = [];
    for (let r of e) switch (M(n, t.call(this, r)), r.type) {
      case "table": {
        let s = r;
        for (let o of s.header) M(n, this.walkTokens(o.tokens, t));
        for (let o of s.rows) for (let i of o) M(n, this.walkTokens(i.tokens, t));
        break;
      }
      case "list": {
        let s = r;
        M(n, this.walkTokens(s.items, t));
        break;
      }
      default: {
        let s = r;
        this.defaults.extensions?.childTokens?.[s.type] ? this.defaults.extensions.childTokens[s.type].forEach((o) => {
          let i = s[o].flat(1 / 0);
          M(n, this.walkTokens(i, t));
        }) : s.tokens && M(n, this.walkTokens(s.tokens, t));
      }
    }
    return n;
  }
  use(...e) {
    let t = this.defaults.extensions || { renderers: /* @__PURE__ */ Object.create(null), childTokens: /* @__PURE__ */ Object.create(null) };
    return e.forEach((n) => {
      let r = { ...n };
      if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((s) => {
        if (!s.name) throw new Error("extension name required");
        if ("renderer" in s) {
          let o = t.renderers[s.name];
          o ? t.renderers[s.name] = function(...i) {
            let a = s.renderer.apply(this, i);
            return a === false && (a = o.apply(this, i)), a;
          } : t.renderers[s.name] = s.renderer;
        }
        if ("tokenizer" in s) {
          if (!s.level || s.level !== "block" && s.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
          let o = t[s.level];
          o ? o.unshift(s.tokenizer) : t[s.level] = [s.tokenizer], s.start && (s.level === "block" ? t.startBlock ? t.startBlock.push(s.start) : t.startBlock = [s.start] : s.level === "inline" && (t.startInline ? t.startInline.push(s.start) : t.startInline = [s.start]));
        }
        "childTokens" in s && s.childTokens && (t.childTokens[s.name] = s.childTokens);
      }), r.extensions = t), n.renderer) {
        let s = this.defaults.renderer || new I(this.defaults);
        for (let o in n.renderer) {
          if (!(o in s)) throw new Error(`renderer '${o}' does not exist`);
          if (["options", "parser"].includes(o)) continue;
          let i = o, a = n.renderer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d === false ? "" : d ?? "";
          };
        }
        r.renderer = s;
      }
      if (n.tokenizer) {
        let s = this.defaults.tokenizer || new _(this.defaults);
        for (let o in n.tokenizer) {
          if (!(o in s)) throw new Error(`tokenizer '${o}' does not exist`);
          if (["options", "rules", "lexer"].includes(o)) continue;
          let i = o, a = n.tokenizer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.tokenizer = s;
      }
      if (n.hooks) {
        let s = this.defaults.hooks || new A();
        for (let o in n.hooks) {
          if (!(o in s)) throw new Error(`hook '${o}' does not exist`);
          if (["options", "block"].includes(o)) continue;
          let i = o, a = n.hooks[i], c = s[i];
          A.passThroughHooks.has(o) ? s[i] = (u) => {
            if (s.options.async && A.passThroughHooksRespectAsync.has(o)) return (async () => {
              let h = await a.call(s, u);
              return c.call(s, h);
            })();
            let d = a.call(s, u);
            return c.call(s, d);
          } : s[i] = (...u) => {
            if (s.options.async) return (async () => {
              let h = await a.apply(s, u);
              return h === false && (h = await c.apply(s, u)), h;
            })();
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.hooks = s;
      }
      if (n.walkTokens) {
        let s = this.defaults.walkTokens, o = n.walkTokens;
        r.walkTokens = function(i) {
          let a = [];
          return M(a, o.call(this, i)), s && M(a, s.call(this, i)), a;
        };
      }
      this.defaults = { ...this.defaults, ...r };
    }), this;
  }
  setOptions(e) {
    return this.defaults = { ...this.defaults, ...e }, this;
  }
  lexer(e, t) {
    return w.lex(e, t ?? this.defaults);
  }
  parser(e, t) {
    return P.parse(e, t ?? this.defaults);
  }
  parseMarkdown(e) {
    return (n, r) => {
      let s = { ...r }, o = { ...this.defaults, ...s }, i = this.onError(!!o.silent, !!o.async);
      if (this.defaults.async === true && s.async === false) return i(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
      if (typeof n > "u" || n === null) return i(new Error("marked(): input parameter is undefined or null"));
      if (typeof n != "string") return i(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
      if (o.hooks && (o.hooks.options = o, o.hooks.block = e), o.async) return (async () => {
        let a = o.hooks ? await o.hooks.preprocess(n) : n, u = await (o.hooks ? await o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(a, o), d = o.hooks ? await o.hooks.processAllTokens(u) : u;
        o.walkTokens && await Promise.all(this.walkTokens(d, o.walkTokens));
        let p = await (o.hooks ? await o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(d, o);
        return o.hooks ? await o.hooks.postprocess(p) : p;
      })().catch(i);
      try {
        o.hooks && (n = o.hooks.preprocess(n));
        let c = (o.hooks ? o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(n, o);
        o.hooks && (c = o.hooks.processAllTokens(c)), o.walkTokens && this.walkTokens(c, o.walkTokens);
        let d = (o.hooks ? o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(c, o);
        return o.hooks && (d = o.hooks.postprocess(d)), d;
      } catch (a) {
        return i(a);
      }
    };
  }
  onError(e, t) {
    return (n) => {
      if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
        let r = "<p>An error occurred:</p><pre>" + y(n.message + "", true) + "</pre>";
        return t ? Promise.resolve(r) : r;
      }
      if (t) return Promise.reject(n);
      throw n;
    };
  }
};
var v = new ne();
function x(l3, e) {
  return v.parse(l3, e);
}
x.options = x.setOptions = function(l3) {
  return v.setOptions(l3), x.defaults = v.defaults, ue(x.defaults), x;
};
x.getDefaults = G;
x.defaults = S;
function jt(...l3) {
  return v.use(...l3), x.defaults = v.defaults, ue(x.defaults), x;
}
x.use = jt;
x.walkTokens = function(l3, e) {
  return v.walkTokens(l3, e);
};
x.parseInline = v.parseInline;
x.Parser = P;
x.parser = P.parse;
x.Renderer = I;
x.TextRenderer = z;
x.Lexer = w;
x.lexer = w.lex;
x.Tokenizer = _;
x.Hooks = A;
x.parse = x;
var En = x.options;
var zn = x.setOptions;
var Mn = x.walkTokens;
var Bn = x.parseInline;
var qn = P.parse;
var vn = w.lex;

// src/claims/segments.ts
var FILE_LIST_LABEL = /^(?:new\s+)?(?:files?\s+)?(?:created|added|modified|changed|updated|fixed|touched|deliverables|new files?)(?:\s+files?)?\s*(?:\(\d+\))?\s*:?\s*$/i;
var INTENT_HEADING = /\b(goals?|targets?|next steps?|next session|plan(?:ned|s)?|todo|to do|roadmap|acceptance criteria|expected|success criteria(?!\s+(?:met|achieved|completed|reached))|what'?s needed|what is left|left to do|remaining work|open items|future|recommendations?|lessons|blockers? to|how to|instructions?)\b/i;
var FILES_HEADING = /\b(?:files?\s+(?:created|modified|changed|added|touched|fixed|updated)|(?:created|modified|changed|new)\s+files|file inventory)\b/i;
var SOURCE_LANGUAGES = /* @__PURE__ */ new Set([
  "ts",
  "typescript",
  "js",
  "javascript",
  "tsx",
  "jsx",
  "json",
  "jsonc",
  "yaml",
  "yml",
  "sql",
  "python",
  "py",
  "go",
  "rust",
  "toml",
  "html",
  "css",
  "diff",
  "mermaid",
  "dockerfile",
  "ini",
  "xml"
]);
var PROGRESSION_COLUMN = /^(?:before|baseline|start|session start|initial|was|previous|old|week|hour|phase|session|day|sprint)\b/i;
var PAST_COLUMN = /^(before|baseline|start|session start|initial|was|previous|old|target|goal|expected|delta|change|diff|Δ|notes?|impact|owner|eta|priority)\b/i;
function markdownSegments(markdown) {
  const lines = markdown.split(/\r?\n/);
  const out = [];
  const headingIntent = [];
  const headingFiles = [];
  let section = "";
  let line = 1;
  let labelBefore = false;
  for (const token of blockTokens(markdown)) {
    const start = line;
    line += newlines(token.raw);
    const first = out.length;
    const intent = headingIntent.some(Boolean);
    switch (token.type) {
      case "heading":
        section = normalizeLine(token.text);
        headingIntent.length = token.depth;
        headingIntent[token.depth - 1] = token.depth > 1 && INTENT_HEADING.test(section);
        headingFiles.length = token.depth;
        headingFiles[token.depth - 1] = FILES_HEADING.test(section);
        if (!headingIntent.some(Boolean)) pushLines(out, lines, start, token.raw, "heading");
        break;
      case "paragraph":
      case "blockquote":
        if (!intent) pushLines(out, lines, start, token.raw, "prose");
        break;
      case "list":
        if (!intent) pushList(out, lines, start, token.raw, labelBefore || headingFiles.some(Boolean));
        break;
      case "table":
        if (!intent) pushTable(out, lines, start, token);
        break;
      case "code":
        if (!intent) pushCode(out, lines, start, token);
        break;
      case "hr":
        headingIntent.fill(false);
        break;
    }
    if (section) for (let i = first; i < out.length; i++) out[i] = { ...out[i], section };
    if (token.type !== "space") {
      labelBefore = (token.type === "paragraph" || token.type === "heading") && FILE_LIST_LABEL.test(normalizeLine(token.text));
    }
  }
  return out;
}
function blockTokens(markdown) {
  return new w({ gfm: true }).blockTokens(markdown.replace(/\r\n?/g, "\n"));
}
function newlines(text3) {
  let count = 0;
  for (let i = text3.indexOf("\n"); i >= 0; i = text3.indexOf("\n", i + 1)) count++;
  return count;
}
function sourceLines(lines, start, raw) {
  const count = newlines(raw.replace(/\n+$/, "")) + 1;
  return Array.from({ length: count }, (_2, i) => [start + i, lines[start - 1 + i] ?? ""]);
}
function pushLines(out, lines, start, raw, kind) {
  for (const [line, source] of sourceLines(lines, start, raw)) {
    if (source.trim()) out.push({ line, source: source.trim(), text: normalizeLine(source), kind });
  }
}
var BULLET = /^\s*(?:[-*+]|\d+[.)])\s+/;
var UNCHECKED = /^\s*(?:[-*+]|\d+[.)])\s+\[ \]/;
function pushList(out, lines, start, raw, fileList) {
  let silencedAbove;
  let topIndent;
  let itemIndent = 0;
  for (const [line, source] of sourceLines(lines, start, raw)) {
    if (!source.trim()) continue;
    const indent = source.length - source.trimStart().length;
    const bullet = BULLET.test(source);
    if (silencedAbove !== void 0) {
      if (!bullet || indent > silencedAbove) continue;
      silencedAbove = void 0;
    }
    if (UNCHECKED.test(source)) {
      silencedAbove = indent;
      continue;
    }
    if (bullet) itemIndent = indent;
    topIndent ??= itemIndent;
    const inFileList = fileList && itemIndent <= topIndent;
    out.push({
      line,
      source: source.trim(),
      text: normalizeLine(source),
      kind: "prose",
      ...inFileList ? { fileList } : {}
    });
  }
}
function pushCode(out, lines, start, code) {
  if (code.lang && SOURCE_LANGUAGES.has(code.lang.toLowerCase())) return;
  const first = code.codeBlockStyle === "indented" ? start : start + 1;
  code.text.split(/\r?\n/).forEach((_2, i) => {
    const source = lines[first - 1 + i] ?? "";
    if (source.trim()) out.push({ line: first + i, source: source.trim(), text: normalizeLine(source), kind: "output" });
  });
}
function pushTable(out, lines, start, table2) {
  const titles = table2.header.map((cell) => normalizeLine(cell.text));
  const keep = titles.map((title, i) => i === 0 || !PAST_COLUMN.test(title));
  const progression = titles.length > 2 && titles.some((t, i) => i > 0 && PROGRESSION_COLUMN.test(t));
  table2.rows.forEach((row, r) => {
    const cells = row.map((cell) => normalizeLine(cell.text));
    const values = cells.slice(1).filter((_2, i) => keep[i + 1] !== false && cells[i + 1]);
    const shown = progression ? values.slice(-1) : values;
    const line = start + 2 + r;
    if (!cells[0]) return;
    const text3 = shown.length ? `${cells[0]}: ${shown.join(" | ")}` : cells[0];
    out.push({ line, source: (lines[line - 1] ?? "").trim(), text: text3, kind: "table" });
  });
}

// src/claims/parse-claims.ts
var IGNORE_MARKER = /<!--\s*readiness-gate:\s*ignore\s*-->/i;
var MAX_CLAIM_TEXT = 300;
function parseClaims(file, markdown) {
  const ignored = ignoredLines(markdown);
  const claims = [];
  for (const segment of markdownSegments(boundIndentation(markdown))) {
    if (ignored.has(segment.line)) continue;
    for (const draft of matchClaims(segment)) {
      claims.push({ file, line: segment.line, text: segment.source.slice(0, MAX_CLAIM_TEXT), ...draft });
    }
  }
  return claims;
}
var MAX_INDENT = 32;
function boundIndentation(markdown) {
  return markdown.replace(/^[ \t]{33,}/gm, " ".repeat(MAX_INDENT));
}
function ignoredLines(markdown) {
  const ignored = /* @__PURE__ */ new Set();
  markdown.split(/\r?\n/).forEach((line, i) => {
    if (!IGNORE_MARKER.test(line)) return;
    ignored.add(i + 1);
    if (line.replace(IGNORE_MARKER, "").trim() === "") ignored.add(i + 2);
  });
  return ignored;
}

// src/claims/read-claims.ts
async function readClaims(fs, root, options = {}) {
  const config2 = await readClaimsFile(fs, root, options.claimsFile);
  const found = await findReports(fs, root, options.reports ?? config2?.reports);
  const notes = [...found.notes];
  const extracted = [];
  const reports = [];
  for await (const [file, text3] of readAhead(fs, root, found.files)) {
    if (text3.includes("\0")) {
      notes.push(`${file}: skipped, it holds binary data`);
      continue;
    }
    reports.push(file);
    extracted.push(...parseClaims(file, text3));
  }
  const disabled = new Set(config2?.disable ?? []);
  const kept = config2 ? extracted.filter((claim2) => !isIgnored(claim2, config2.ignore) && !disabled.has(claim2.kind)) : extracted;
  if (config2) {
    const ignored = extracted.length - kept.length;
    notes.push(
      `${config2.path}: ${config2.claims.length} declared claims, ${ignored} claims ignored by its rules or disabled kinds`
    );
  }
  if (!reports.length && !config2?.claims.length) notes.push("no status reports were found");
  notes.push(...kept.filter(markDisagrees).map(describeDisagreement));
  return { claims: [...kept, ...config2?.claims ?? []], reports, notes };
}
var READ_AHEAD = 4;
async function* readAhead(fs, root, files) {
  const reads = [];
  let next = 0;
  for (const file of files) {
    while (reads.length < READ_AHEAD && next < files.length) {
      const read = fs.readText(join3(root, files[next++]));
      read.catch(() => void 0);
      reads.push(read);
    }
    yield [file, await reads.shift()];
  }
}

// src/evidence/gather.ts
import { availableParallelism } from "node:os";
import { join as join11 } from "node:path";

// src/evidence/checks/coverage.ts
import { join as join4 } from "node:path";

// src/evidence/parsers/report-format-error.ts
var ReportFormatError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ReportFormatError";
  }
};
function requireCompleteXml(xml, what) {
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(testsuites?)\b[^>]*?(\/?)>/.exec(xml);
  const closed = root && (root[2] === "/" || new RegExp(`</${root[1]}>\\s*$`).test(xml));
  if (!closed) throw new ReportFormatError(`the ${what} report ends before its root element closes: it was cut short`);
}
function parseReportJson(text3, what) {
  try {
    return JSON.parse(text3);
  } catch (error2) {
    throw new ReportFormatError(`${what} is not valid JSON (${error2.message})`);
  }
}

// src/evidence/parsers/coverage-summary.ts
var METRICS = ["lines", "statements", "functions", "branches"];
function parseCoverageSummary(text3) {
  const json = parseReportJson(text3, "the coverage summary");
  const total2 = json?.total;
  if (!total2 || typeof total2 !== "object") throw new ReportFormatError('the coverage summary has no "total" entry');
  const totals = {};
  for (const metric of METRICS) {
    const pct = total2[metric]?.pct;
    if (typeof pct === "number") totals[metric] = pct;
  }
  return totals;
}
function parseCoveragePyJson(text3) {
  const json = parseReportJson(text3, "the coverage.py report");
  const totals = json?.totals;
  if (!totals || typeof totals.percent_covered !== "number" || typeof totals.num_statements !== "number")
    throw new ReportFormatError("the coverage.py report has no totals.percent_covered and num_statements");
  const percent = (covered, of) => typeof covered === "number" && typeof of === "number" && of > 0 ? round(covered / of) : void 0;
  const lines = percent(totals.covered_lines, totals.num_statements);
  const branches = percent(totals.covered_branches, totals.num_branches);
  return {
    ...lines === void 0 ? {} : { lines, statements: lines },
    ...branches === void 0 ? {} : { branches },
    total: Math.round(totals.percent_covered * 100) / 100
  };
}
function parseCoverageReport(text3) {
  return /"totals"\s*:/.test(text3) && /"meta"\s*:/.test(text3) ? parseCoveragePyJson(text3) : parseCoverageSummary(text3);
}
function round(fraction) {
  return Math.round(fraction * 1e4) / 100;
}

// src/evidence/checks/coverage.ts
var NOT_CLAIMED = {
  status: "skipped",
  reason: "no claim is about coverage; it is measured only when one is"
};
async function readCoverage(fs, path2, source) {
  if (!fs.exists(path2)) return { status: "unknown", reason: `${source} wrote no coverage summary` };
  try {
    const totals = parseCoverageReport(await fs.readText(path2));
    const shown = Object.entries(totals).map(([metric, pct]) => `${metric} ${pct}%`);
    return { status: "pass", ...totals, reason: shown.length ? shown.join(", ") : "nothing to cover" };
  } catch (error2) {
    if (!(error2 instanceof ReportFormatError)) throw error2;
    return { status: "unknown", reason: error2.message };
  }
}
async function coverageOfTestRun(fs, dir, tests, measured) {
  if (!measured) {
    const why = tests.runner === "vitest" ? "vitest measures coverage only with @vitest/coverage-v8 or -istanbul installed" : tests.runner === "pytest" ? "pytest runs under coverage.py only when the project uses it: a .coveragerc or [tool.coverage] section, or coverage or pytest-cov among its requirements" : `the gate does not measure coverage with ${tests.runner ?? "this test setup"}`;
    return { status: "unknown", reason: why };
  }
  if (tests.status === "unknown" || tests.status === "skipped")
    return { status: "unknown", reason: `the tests did not run: ${tests.reason}` };
  return readCoverage(fs, join4(dir, "coverage-summary.json"), `${tests.runner ?? "the test run"}`);
}

// src/evidence/parsers/audit-report.ts
function parseNpmAudit(stdout) {
  const json = parseJson(stdout);
  if (!json) return { ok: false, reason: `npm audit printed no JSON report${excerpt(stdout)}` };
  if (json.auditReportVersion === 2) {
    const counts = readSeverities(objectAt(json, "metadata", "vulnerabilities"));
    return { ok: true, bySeverity: counts, total: sum(counts), unit: "packages" };
  }
  if (typeof json.message === "string" && json.message) {
    return { ok: false, reason: `the advisory endpoint refused: ${json.message}` };
  }
  const summary = objectAt(json, "error")?.summary;
  if (typeof summary === "string" && summary) return { ok: false, reason: `npm audit failed: ${summary}` };
  return { ok: false, reason: "npm audit printed JSON without auditReportVersion 2" };
}
function parsePnpmAudit(stdout, stderr) {
  const failure2 = /ERR_PNPM_AUDIT\w*|responded with \d{3}|audit endpoint/i.exec(stderr);
  if (failure2) return { ok: false, reason: `pnpm audit could not reach the advisory endpoint: ${firstLine(stderr)}` };
  const json = parseJson(stdout);
  const metadata = json && objectAt(json, "metadata", "vulnerabilities");
  if (!metadata) return { ok: false, reason: `pnpm audit printed no JSON report${excerpt(stderr || stdout)}` };
  const counts = readSeverities(metadata);
  return { ok: true, bySeverity: counts, total: sum(counts), unit: "advisories" };
}
function parseYarnAudit(stdout, stderr) {
  for (const line of stderr.split("\n")) {
    const record2 = parseJson(line);
    if (record2?.type === "error") return { ok: false, reason: `yarn audit failed: ${String(record2.data)}` };
  }
  for (const line of stdout.split("\n").reverse()) {
    const record2 = parseJson(line);
    if (record2?.type !== "auditSummary") continue;
    const counts = readSeverities(objectAt(record2, "data", "vulnerabilities"));
    return { ok: true, bySeverity: counts, total: sum(counts), unit: "advisories" };
  }
  return { ok: false, reason: `yarn audit printed no auditSummary line${excerpt(stderr || stdout)}` };
}
function parseYarnBerryAudit(stdout, stderr, exitCode) {
  const counts = zeroCounts();
  let total2 = 0;
  for (const line of stdout.split("\n")) {
    if (!line.trim()) continue;
    const record2 = parseJson(line);
    if (!record2) return { ok: false, reason: `yarn npm audit printed a line that is not JSON: ${line.slice(0, 120)}` };
    const severity = objectAt(record2, "children")?.Severity;
    if (typeof severity !== "string") continue;
    countSeverity(counts, severity);
    total2 += 1;
  }
  if (total2 > 0) return { ok: true, bySeverity: counts, total: total2, unit: "advisories" };
  if (exitCode === 0 && !stdout.trim()) return { ok: true, bySeverity: counts, total: 0, unit: "advisories" };
  return {
    ok: false,
    reason: `yarn npm audit gave no advisories and no clean result${excerpt(errorLine(stderr) || stdout)}`
  };
}
function parseBunAudit(stdout, stderr) {
  const json = parseJson(stdout);
  if (!json) return { ok: false, reason: `bun audit printed no JSON report${excerpt(stderr || stdout)}` };
  const counts = zeroCounts();
  let total2 = 0;
  for (const [name, advisories] of Object.entries(json)) {
    if (!Array.isArray(advisories)) return { ok: false, reason: `bun audit listed "${name}" without an advisory list` };
    for (const advisory of advisories) {
      countSeverity(counts, String(advisory?.severity ?? ""));
      total2 += 1;
    }
  }
  return { ok: true, bySeverity: counts, total: total2, unit: "advisories" };
}
function parseJson(text3) {
  const trimmed = text3.trim();
  if (!trimmed.startsWith("{")) return void 0;
  try {
    const value = JSON.parse(trimmed);
    return typeof value === "object" && value !== null ? value : void 0;
  } catch {
    return void 0;
  }
}
function objectAt(json, ...path2) {
  let node = json;
  for (const key of path2) {
    if (typeof node !== "object" || node === null) return void 0;
    node = node[key];
  }
  return typeof node === "object" && node !== null ? node : void 0;
}
function readSeverities(counts) {
  const result = zeroCounts();
  for (const severity of SEVERITIES) {
    const value = counts?.[severity];
    result[severity] = typeof value === "number" ? value : 0;
  }
  return result;
}
function zeroCounts() {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
}
function countSeverity(counts, severity) {
  const known = SEVERITIES.find((s) => s === severity.toLowerCase()) ?? "info";
  counts[known] += 1;
}
function errorLine(text3) {
  return (text3.split("\n").find((line) => /\b\w*Error\b|ECONN|ENOTFOUND|refused/i.test(line)) ?? "").trim().slice(0, 300);
}
function sum(counts) {
  return SEVERITIES.reduce((total2, severity) => total2 + counts[severity], 0);
}
function firstLine(text3) {
  return (text3.split("\n").find((line) => line.trim()) ?? "").trim().slice(0, 300);
}
function excerpt(text3) {
  const line = firstLine(text3);
  return line ? ` (${line})` : "";
}

// src/evidence/toolchain.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { dirname, join as join6, resolve } from "node:path";

// src/evidence/build-order.ts
import { join as join5 } from "node:path";
var OUTPUT_DIRS = ["dist", "build"];
var BUILDS_ITSELF = /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|\btsc\b/;
var TEST_DIRS = ["test", "tests", "__tests__", "spec", "src"];
var TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$|^test.*\.[cm]?[jt]s$/;
var MAX_TEST_FILES = 200;
async function testsNeedBuild(fs, root, scripts) {
  const test = scripts.test;
  if (!test || !scripts.build || scripts.pretest || BUILDS_ITSELF.test(test)) return false;
  const outDirs = [...OUTPUT_DIRS, ...await tsconfigOutDir(fs, root)];
  const names = outDirs.map((dir) => dir.replace(/^\.\//, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  if (new RegExp(`(?:^|[\\s'"=/])(?:\\./)?(?:${names})(?:/|\\s|$)`).test(test)) return true;
  const importsOutput = new RegExp(`(?:from\\s*|require\\(\\s*|import\\(\\s*)['"](?:\\.\\.?/)+(?:${names})(?:/|['"])`);
  for (const file of await testFiles(fs, root)) {
    if (importsOutput.test(await fs.readText(file))) return true;
  }
  return false;
}
async function tsconfigOutDir(fs, root) {
  const path2 = join5(root, "tsconfig.json");
  if (!fs.exists(path2)) return [];
  const outDir = /"outDir"\s*:\s*"([^"]+)"/.exec(await fs.readText(path2))?.[1];
  return outDir ? [outDir.replace(/\/$/, "")] : [];
}
async function testFiles(fs, root) {
  const found = [];
  const visit = async (dir, depth) => {
    if (found.length >= MAX_TEST_FILES || depth > 4 || !fs.exists(dir)) return;
    for (const entry of await fs.list(dir)) {
      if (found.length >= MAX_TEST_FILES) return;
      const path2 = join5(dir, entry.name);
      if (entry.isDirectory && entry.name !== "node_modules" && !entry.name.startsWith("."))
        await visit(path2, depth + 1);
      else if (entry.isFile && TEST_FILE.test(entry.name)) found.push(path2);
    }
  };
  for (const dir of TEST_DIRS) await visit(join5(root, dir), 1);
  return found;
}

// src/evidence/toolchain.ts
var LOCKFILES = [
  ["pnpm-lock.yaml", "pnpm"],
  ["bun.lock", "bun"],
  ["bun.lockb", "bun"],
  ["yarn.lock", "yarn"],
  ["package-lock.json", "npm"],
  ["npm-shrinkwrap.json", "npm"]
];
var NPM_PLACEHOLDER_TEST = /no test specified/;
async function detectToolchain(fs, root) {
  const manifestPath = join6(root, "package.json");
  if (!fs.exists(manifestPath)) return void 0;
  const manifest = await readManifest(fs, manifestPath);
  const scripts = { ...manifest.scripts ?? {} };
  if (scripts.test && NPM_PLACEHOLDER_TEST.test(scripts.test)) delete scripts.test;
  const dependencies = /* @__PURE__ */ new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {})
  ]);
  const { packageManager, lockfile, detectedFrom } = await detectPackageManager(fs, root, manifest);
  const yarnPath = packageManager === "yarn-berry" ? await readYarnPath(fs, root) : void 0;
  return {
    root,
    ...manifest.name ? { name: manifest.name } : {},
    packageManager,
    detectedFrom,
    lockfile,
    ...yarnPath ? { yarnPath } : {},
    scripts,
    dependencies,
    hasNodeModules: fs.exists(join6(root, "node_modules")),
    hasTsconfig: fs.exists(join6(root, "tsconfig.json")),
    tsconfigReferences: await hasReferences(fs, join6(root, "tsconfig.json")),
    testRunner: detectTestRunner(scripts.test, dependencies),
    testsNeedBuild: await testsNeedBuild(fs, root, scripts),
    workspaces: await readWorkspacePatterns(fs, root, manifest)
  };
}
async function readWorkspacePatterns(fs, root, manifest) {
  const declared = Array.isArray(manifest.workspaces) ? manifest.workspaces : manifest.workspaces?.packages ?? [];
  const pnpmFile = join6(root, "pnpm-workspace.yaml");
  if (!fs.exists(pnpmFile)) return declared.filter((p) => typeof p === "string");
  const pnpm = (0, import_yaml2.parse)(await fs.readText(pnpmFile));
  const listed = Array.isArray(pnpm?.packages) ? pnpm.packages.filter((p) => typeof p === "string") : [];
  return [...declared, ...listed].filter((p) => !p.startsWith("!"));
}
async function expandWorkspaces(fs, root, patterns) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns.map((p) => p.replace(/^\.\//, "").replace(/\/$/, ""))) {
    const star = pattern.indexOf("*");
    if (star < 0) {
      if (fs.exists(join6(root, pattern, "package.json"))) found.add(pattern);
      continue;
    }
    const parent = pattern.slice(0, pattern.lastIndexOf("/", star) + 1).replace(/\/$/, "");
    if (!fs.exists(join6(root, parent))) continue;
    for (const entry of await fs.list(join6(root, parent))) {
      const candidate = parent ? `${parent}/${entry.name}` : entry.name;
      if (entry.isDirectory && entry.name !== "node_modules" && fs.exists(join6(root, candidate, "package.json")))
        found.add(candidate);
    }
  }
  return [...found].sort();
}
async function hasReferences(fs, tsconfig) {
  return fs.exists(tsconfig) && /"references"\s*:/.test(await fs.readText(tsconfig));
}
async function readManifest(fs, path2) {
  const text3 = await fs.readText(path2);
  try {
    const value = JSON.parse(text3);
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new Error(`expected a JSON object, received ${Array.isArray(value) ? "an array" : typeof value}`);
    }
    return value;
  } catch (error2) {
    throw new ConfigurationError(`${path2} is not a valid package.json: ${error2.message}`, { cause: error2 });
  }
}
async function detectPackageManager(fs, root, manifest) {
  const lockfile = LOCKFILES.find(([name2]) => fs.exists(join6(root, name2)));
  const declared = manifest.packageManager?.split("@")[0];
  if (declared === "npm" || declared === "pnpm" || declared === "bun") {
    return {
      packageManager: declared,
      lockfile: lockfile?.[0],
      detectedFrom: `packageManager "${manifest.packageManager}"`
    };
  }
  if (declared === "yarn") {
    const major = Number(manifest.packageManager?.split("@")[1]?.split(".")[0]);
    const packageManager = major >= 2 ? "yarn-berry" : "yarn";
    return { packageManager, lockfile: lockfile?.[0], detectedFrom: `packageManager "${manifest.packageManager}"` };
  }
  if (!lockfile) return { packageManager: "npm", detectedFrom: "no lockfile; npm assumed" };
  const [name, manager] = lockfile;
  if (manager === "yarn" && await isBerryLockfile(fs, join6(root, name))) {
    return { packageManager: "yarn-berry", lockfile: name, detectedFrom: name };
  }
  return { packageManager: manager, lockfile: name, detectedFrom: name };
}
async function readYarnPath(fs, root) {
  const rcFile = join6(root, ".yarnrc.yml");
  if (!fs.exists(rcFile)) return void 0;
  let rc;
  try {
    rc = (0, import_yaml2.parse)(await fs.readText(rcFile));
  } catch (error2) {
    throw new ConfigurationError(`${rcFile} is not valid YAML: ${error2.message}`, { cause: error2 });
  }
  const yarnPath = rc?.yarnPath;
  if (typeof yarnPath !== "string" || !yarnPath) return void 0;
  const absolute = resolve(root, yarnPath);
  return fs.exists(absolute) ? absolute : void 0;
}
function packageManagerCommand(toolchain, args) {
  if (toolchain.packageManager === "yarn-berry") {
    return toolchain.yarnPath ? { command: "node", args: [toolchain.yarnPath, ...args] } : { command: "yarn", args };
  }
  return { command: toolchain.packageManager, args };
}
async function isBerryLockfile(fs, path2) {
  return /^__metadata:/m.test(await fs.readText(path2));
}
function detectTestRunner(testScript, dependencies) {
  if (testScript) {
    if (/\bvitest\b/.test(testScript)) return "vitest";
    if (/\bjest\b/.test(testScript)) return "jest";
    if (/\bnode\b[^&|;]*--test\b/.test(testScript)) return "node:test";
    if (/\bmocha\b/.test(testScript)) return "mocha";
    if (/\bbun\s+test\b/.test(testScript)) return "bun";
  }
  if (dependencies.has("vitest")) return "vitest";
  if (dependencies.has("jest")) return "jest";
  if (dependencies.has("mocha")) return "mocha";
  return void 0;
}
function findLocalBin(fs, root, name) {
  let dir = root;
  for (; ; ) {
    const candidate = join6(dir, "node_modules", ".bin", name);
    if (fs.exists(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

// src/evidence/checks/common.ts
import { join as join7 } from "node:path";
function coverageDir(ctx) {
  return join7(ctx.workDir, `${ctx.tag ?? ""}coverage`);
}
var CHECK_ENV = { CI: "true", FORCE_COLOR: "0", NO_COLOR: "1", NPM_CONFIG_UPDATE_NOTIFIER: "false" };
var MAX_FIRST_ERRORS = 5;
function scriptCommand(toolchain, script, args = []) {
  const passed = toolchain.packageManager === "npm" && args.length ? ["--", ...args] : args;
  return packageManagerCommand(toolchain, ["run", script, ...passed]);
}
function scriptRequest(ctx, label, script, args = [], env = {}) {
  return {
    label,
    ...scriptCommand(ctx.toolchain, script, args),
    cwd: ctx.toolchain.root,
    env: { ...CHECK_ENV, ...env },
    timeoutMs: ctx.timeoutMs
  };
}
function commandText(request) {
  return [request.command, ...request.args].map((a) => /[\s"']/.test(a) ? JSON.stringify(a) : a).join(" ");
}
function incompleteRun(result, what) {
  if (result.spawnError) return { status: "unknown", reason: `${what} could not be started: ${result.spawnError}` };
  if (result.timedOut) {
    return {
      status: "unknown",
      reason: `${what} was stopped after ${Math.round(result.durationMs / 1e3)} s (timeout)`
    };
  }
  if (result.signal) return { status: "unknown", reason: `${what} was killed by ${result.signal}` };
  return void 0;
}
function firstErrorLines(text3, max = MAX_FIRST_ERRORS) {
  const lines = text3.replace(/\x1b\[[0-9;]*m/g, "").split(/\r?\n/).map((line) => line.trimEnd());
  const noise = /^(npm warn|npm notice|> |\s*$)/i;
  const meaningful = lines.filter((line) => !noise.test(line));
  const errors = meaningful.filter((line) => /error|✘|failed|cannot|can't|not found|no module/i.test(line));
  return (errors.length ? errors : meaningful).slice(0, max).map((line) => line.trim().slice(0, 300));
}
function exitText(result) {
  return `exit code ${result.exitCode ?? "none"}`;
}
async function readOptionalReport(ctx, path2) {
  return ctx.fs.exists(path2) ? ctx.fs.readText(path2) : void 0;
}

// src/evidence/checks/audit.ts
var AUDIT_ARGS = {
  npm: ["audit", "--json"],
  pnpm: ["audit", "--json"],
  yarn: ["audit", "--json"],
  "yarn-berry": ["npm", "audit", "--all", "--recursive", "--json"],
  bun: ["audit", "--json"]
};
function planAudit(ctx) {
  const pm = ctx.toolchain.packageManager;
  if (!ctx.toolchain.lockfile) {
    return {
      name: "audit",
      result: { status: "unknown", reason: "a dependency audit needs a lockfile and there is none" }
    };
  }
  const request = {
    label: "audit",
    ...packageManagerCommand(ctx.toolchain, AUDIT_ARGS[pm]),
    cwd: ctx.toolchain.root,
    env: CHECK_ENV,
    timeoutMs: ctx.timeoutMs
  };
  return {
    name: "audit",
    request,
    interpret: async (result) => readAudit(await withWholeStdout(ctx, result), pm, commandText(request))
  };
}
async function withWholeStdout(ctx, result) {
  if (!result.truncated || !ctx.fs.exists(result.stdoutPath)) return result;
  return { ...result, stdout: await ctx.fs.readText(result.stdoutPath) };
}
function readAudit(result, tool, command) {
  const base = { tool, command, durationMs: result.durationMs };
  const incomplete = incompleteRun(result, "the audit");
  if (incomplete) return { ...base, ...incomplete };
  const reading = parseAudit(tool, result);
  if (!reading.ok) return { ...base, status: "unknown", reason: reading.reason };
  const { total: total2, bySeverity, unit } = reading;
  const found = Object.entries(bySeverity).filter(([, n]) => n > 0).map(([severity, n]) => `${n} ${severity}`);
  return {
    ...base,
    unit,
    total: total2,
    bySeverity,
    status: total2 === 0 ? "pass" : "fail",
    reason: total2 === 0 ? "no known vulnerabilities" : `${total2} vulnerable ${unit} (${found.join(", ")})`
  };
}
function parseAudit(tool, result) {
  switch (tool) {
    case "npm":
      return parseNpmAudit(result.stdout);
    case "pnpm":
      return parsePnpmAudit(result.stdout, result.stderr);
    case "yarn":
      return parseYarnAudit(result.stdout, result.stderr);
    case "yarn-berry":
      return parseYarnBerryAudit(result.stdout, result.stderr, result.exitCode);
    case "bun":
      return parseBunAudit(result.stdout, result.stderr);
  }
}

// src/evidence/checks/build.ts
function planBuild(ctx) {
  if (!ctx.toolchain.scripts.build) {
    return { name: "build", result: { status: "skipped", reason: "no build script in package.json" } };
  }
  const request = scriptRequest(ctx, "build", "build");
  return { name: "build", request, interpret: async (result) => readBuild(result, commandText(request)) };
}
function readBuild(result, command) {
  const base = { command, durationMs: result.durationMs };
  const incomplete = incompleteRun(result, "the build");
  if (incomplete) return { ...base, ...incomplete };
  if (result.exitCode === 0) return { ...base, status: "pass", reason: "the build script succeeded" };
  const firstErrors = firstErrorLines(`${result.stdout}
${result.stderr}`);
  return { ...base, status: "fail", firstErrors, reason: `the build script failed (${exitText(result)})` };
}

// src/evidence/checks/lint.ts
import { join as join8 } from "node:path";

// src/evidence/parsers/eslint-json.ts
function parseEslintJson(text3) {
  const files = parseReportJson(text3, "the ESLint report");
  if (!Array.isArray(files)) throw new ReportFormatError("the ESLint report is not an array of file results");
  let errors = 0;
  let warnings = 0;
  const problems = [];
  for (const file of files) {
    errors += file.errorCount ?? 0;
    warnings += file.warningCount ?? 0;
    for (const message of file.messages ?? []) {
      if (problems.length < 5 && message.severity === 2) {
        problems.push(
          `${file.filePath ?? "?"}:${message.line ?? 0}: ${message.message ?? ""} (${message.ruleId ?? "fatal"})`
        );
      }
    }
  }
  return { errors, warnings, problems };
}

// src/evidence/checks/lint.ts
function planLint(ctx) {
  const script = ctx.toolchain.scripts.lint;
  if (!script) return { name: "lint", result: { status: "skipped", reason: "no lint script in package.json" } };
  const isEslint = /\beslint\b/.test(script);
  const reportPath = join8(ctx.workDir, `${ctx.tag ?? ""}lint.json`);
  const args = isEslint ? ["--format", "json", "--output-file", reportPath] : [];
  const request = scriptRequest(ctx, "lint", "lint", args);
  return {
    name: "lint",
    request,
    interpret: async (result) => {
      const report = isEslint ? await readOptionalReport(ctx, reportPath) : void 0;
      return readLint(result, report, commandText(request));
    }
  };
}
function readLint(result, report, command) {
  const base = { command, durationMs: result.durationMs };
  const incomplete = incompleteRun(result, "the linter");
  if (incomplete) return { ...base, ...incomplete };
  if (report === void 0 || result.exitCode === 2) {
    if (result.exitCode === 0)
      return { ...base, status: "pass", reason: "the lint script succeeded (no counts: not ESLint JSON)" };
    const firstErrors = firstErrorLines(`${result.stderr}
${result.stdout}`);
    const status = result.exitCode === 2 || report === void 0 ? "unknown" : "fail";
    return {
      ...base,
      status,
      firstErrors,
      reason: `the lint script failed (${exitText(result)}) without a lint report`
    };
  }
  try {
    const { errors, warnings, problems } = parseEslintJson(report);
    const status = errors > 0 || result.exitCode !== 0 ? "fail" : "pass";
    return {
      ...base,
      status,
      errors,
      warnings,
      firstErrors: problems,
      reason: `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`
    };
  } catch (error2) {
    if (!(error2 instanceof ReportFormatError)) throw error2;
    return { ...base, status: "unknown", reason: error2.message };
  }
}

// src/evidence/checks/tests.ts
import { join as join9 } from "node:path";

// src/evidence/parsers/xml.ts
function decodeXmlEntities(text3) {
  return text3.replace(
    /&#(x[0-9a-f]+|\d+);/gi,
    (_2, code) => String.fromCodePoint(code.startsWith("x") || code.startsWith("X") ? parseInt(code.slice(1), 16) : Number(code))
  ).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

// src/evidence/parsers/test-report.ts
var MAX_FAILURES = 5;
function parseJestJson(text3) {
  const report = parseReportJson(text3, "the JSON test report");
  if (typeof report !== "object" || report === null || typeof report.numTotalTests !== "number") {
    throw new ReportFormatError("the JSON test report has no numTotalTests: it is not a jest or vitest report");
  }
  const results = Array.isArray(report.testResults) ? report.testResults : [];
  const brokenFiles = results.filter((r) => r.status === "failed" && (r.assertionResults ?? []).length === 0);
  const runtimeErrors = typeof report.numRuntimeErrorTestSuites === "number" ? report.numRuntimeErrorTestSuites : 0;
  return {
    total: report.numTotalTests,
    passed: asCount(report.numPassedTests),
    failed: asCount(report.numFailedTests),
    skipped: asCount(report.numPendingTests) + asCount(report.numTodoTests),
    failedSuites: Math.max(brokenFiles.length, runtimeErrors),
    failures: collectJestFailures(results)
  };
}
function collectJestFailures(results) {
  const failures = [];
  for (const file of results) {
    if (file.status === "failed" && (file.assertionResults ?? []).length === 0) {
      failures.push(`${file.name ?? "a test file"}: ${firstLine2(file.message ?? "failed to run")}`);
    }
    for (const test of file.assertionResults ?? []) {
      if (test.status === "failed")
        failures.push(`${test.fullName ?? "a test"}: ${firstLine2(test.failureMessages?.[0] ?? "")}`);
    }
  }
  return failures.slice(0, MAX_FAILURES);
}
function firstLine2(text3) {
  const line = text3.replace(/\x1b\[[0-9;]*m/g, "").split("\n").map((l3) => l3.trim()).find((l3) => l3 && !l3.startsWith("\u25CF"));
  return (line ?? "").slice(0, 200);
}
function asCount(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
function parseMochaJson(text3) {
  const report = parseReportJson(text3, "the mocha report");
  if (typeof report?.stats?.tests !== "number")
    throw new ReportFormatError("the JSON report has no stats.tests: it is not a mocha report");
  const failures = (report.failures ?? []).slice(0, MAX_FAILURES).map((f) => `${f.fullTitle ?? "a test"}: ${firstLine2(f.err?.message ?? "")}`);
  return {
    total: report.stats.tests,
    passed: asCount(report.stats.passes),
    failed: asCount(report.stats.failures),
    skipped: asCount(report.stats.pending),
    failedSuites: 0,
    failures
  };
}
function parseNodeTestJunit(xml) {
  requireCompleteXml(xml, "node:test JUnit");
  const read = (name) => {
    const match = new RegExp(`<!--\\s*${name}\\s+(\\d+)\\s*-->`).exec(xml);
    return match ? Number(match[1]) : void 0;
  };
  const total2 = read("tests");
  if (total2 === void 0) {
    throw new ReportFormatError('the JUnit report has no "<!-- tests N -->" totals: it is not a node:test report');
  }
  const failed = read("fail") ?? 0;
  const cancelled = read("cancelled") ?? 0;
  return {
    total: total2,
    passed: read("pass") ?? 0,
    failed: failed + cancelled,
    skipped: (read("skipped") ?? 0) + (read("todo") ?? 0),
    failedSuites: 0,
    failures: [...xml.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*>\s*<failure[^>]*message="([^"]*)"/g)].slice(0, MAX_FAILURES).map((m) => `${m[1]}: ${m[2]}`)
  };
}
function parseBunJunit(xml, consoleText) {
  requireCompleteXml(xml, "bun JUnit");
  if (!/<testsuites\b[^>]*\bname="bun test"/.test(xml))
    throw new ReportFormatError('the JUnit report is not named "bun test": it is not a bun report');
  let total2 = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = match[2] ?? "";
    total2 += 1;
    if (/<(?:failure|error)\b/.test(body)) {
      failed += 1;
      const name = /\bname="([^"]*)"/.exec(match[1] ?? "")?.[1] ?? "a test";
      const message = /<(?:failure|error)\b[^>]*\bmessage="([^"]*)"/.exec(body)?.[1] ?? "";
      if (failures.length < MAX_FAILURES)
        failures.push(`${decodeXmlEntities(name)}: ${firstLine2(decodeXmlEntities(message))}`);
    } else if (/<skipped\b/.test(body)) skipped += 1;
  }
  const loadErrors = /^\s*(\d+) errors?\s*$/m.exec(consoleText.replace(/\x1b\[[0-9;]*m/g, ""));
  return {
    total: total2,
    passed: total2 - failed - skipped,
    failed,
    skipped,
    failedSuites: Number(loadErrors?.[1] ?? 0),
    failures
  };
}

// src/evidence/checks/tests.ts
function reporterSetup(runner, reportPath) {
  switch (runner) {
    case "jest":
      return { args: ["--ci", "--json", `--outputFile=${reportPath}`], env: {} };
    case "vitest":
      return { args: ["--run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportPath}`], env: {} };
    case "mocha":
      return { args: ["--reporter", "json", "--reporter-option", `output=${reportPath}`], env: {} };
    case "bun":
      return { args: ["--reporter=junit", `--reporter-outfile=${reportPath}`], env: {} };
    case "node:test":
      return {
        args: [],
        env: {
          NODE_OPTIONS: `--test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=${reportPath}`
        }
      };
  }
}
function coverageArgs(runner, dir, dependencies) {
  if (runner === "jest") return ["--coverage", "--coverageReporters=json-summary", `--coverageDirectory=${dir}`];
  const provider = dependencies.has("@vitest/coverage-v8") ? "v8" : dependencies.has("@vitest/coverage-istanbul") ? "istanbul" : void 0;
  if (runner === "vitest" && provider) {
    return [
      "--coverage.enabled",
      `--coverage.provider=${provider}`,
      "--coverage.reporter=json-summary",
      `--coverage.reportsDirectory=${dir}`
    ];
  }
  return [];
}
function planTests(ctx) {
  const { toolchain } = ctx;
  if (!toolchain.scripts.test) {
    return { name: "tests", result: { status: "skipped", reason: "no test script in package.json" } };
  }
  const runner = toolchain.testRunner;
  if (!runner) {
    return {
      name: "tests",
      result: {
        status: "unknown",
        reason: `the test script "${toolchain.scripts.test}" uses no runner the gate reads (jest, vitest, node:test, mocha, bun test)`
      }
    };
  }
  if (ctx.shard && runner !== "jest" && runner !== "vitest") {
    return {
      name: "tests",
      result: { status: "unknown", reason: `${runner} tests cannot be sharded; jest and vitest can` }
    };
  }
  const reportPath = join9(
    ctx.workDir,
    `${ctx.tag ?? ""}${runner === "node:test" || runner === "bun" ? "tests.junit.xml" : "tests.json"}`
  );
  const setup = reporterSetup(runner, reportPath);
  if (ctx.shard) setup.args.push(`--shard=${ctx.shard.index}/${ctx.shard.total}`, "--passWithNoTests");
  if (ctx.collectCoverage) setup.args.push(...coverageArgs(runner, coverageDir(ctx), toolchain.dependencies));
  const request = scriptRequest(ctx, "tests", "test", setup.args, setup.env);
  return {
    name: "tests",
    request,
    interpret: async (result) => readTests(result, await readOptionalReport(ctx, reportPath), { runner, command: commandText(request) })
  };
}
function readTests(result, report, meta2) {
  const base = { runner: meta2.runner, command: meta2.command, durationMs: result.durationMs };
  const incomplete = incompleteRun(result, "the tests");
  if (incomplete) return { ...base, ...incomplete };
  if (!report?.trim()) {
    const firstErrors = firstErrorLines(`${result.stderr}
${result.stdout}`);
    return { ...base, status: "unknown", firstErrors, reason: `${meta2.runner} wrote no report (${exitText(result)})` };
  }
  let counts;
  try {
    counts = parseRunnerReport(meta2.runner, report, `${result.stderr}
${result.stdout}`);
  } catch (error2) {
    if (!(error2 instanceof ReportFormatError)) throw error2;
    return { ...base, status: "unknown", reason: error2.message };
  }
  return { ...base, ...countsToEvidence(counts, result) };
}
function parseRunnerReport(runner, report, consoleText) {
  switch (runner) {
    case "node:test":
      return parseNodeTestJunit(report);
    case "mocha":
      return parseMochaJson(report);
    case "bun":
      return parseBunJunit(report, consoleText);
    case "jest":
    case "vitest":
      return parseJestJson(report);
  }
}
function countsToEvidence(counts, result) {
  const { total: total2, passed, failed, skipped, failedSuites, failures } = counts;
  const numbers = { total: total2, passed, failed, skipped, failedSuites, firstErrors: failures };
  if (failed > 0 || failedSuites > 0) {
    const files = failedSuites ? `, ${failedSuites} test file${failedSuites === 1 ? "" : "s"} failed to run` : "";
    return { ...numbers, status: "fail", reason: `${failed} of ${total2} tests failed${files}` };
  }
  if (total2 === 0) {
    const status = result.exitCode === 0 ? "pass" : "fail";
    return { ...numbers, status, reason: "no tests were found" };
  }
  if (result.exitCode !== 0) {
    return { ...numbers, status: "fail", reason: `every test passed but the runner failed (${exitText(result)})` };
  }
  return {
    ...numbers,
    status: "pass",
    reason: `${passed} of ${total2} tests passed${skipped ? `, ${skipped} skipped` : ""}`
  };
}

// src/evidence/parsers/tsc-output.ts
var PLAIN = /^(?<file>.+?)\((?<line>\d+),(?<col>\d+)\): error TS(?<code>\d+): (?<msg>.*)$/;
var PRETTY = /^(?<file>.+?):(?<line>\d+):(?<col>\d+) - error TS(?<code>\d+): (?<msg>.*)$/;
var GLOBAL = /^error TS(?<code>\d+): (?<msg>.*)$/;
var SUMMARY = /^Found (\d+) errors?\b/;
var ANSI = /\x1b\[[0-9;]*m/g;
function parseTscOutput(stdout) {
  const diagnostics = [];
  let summaryCount;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.replace(ANSI, "");
    const match = PLAIN.exec(line) ?? PRETTY.exec(line) ?? GLOBAL.exec(line);
    if (match?.groups) {
      diagnostics.push(toDiagnostic(match.groups));
      continue;
    }
    const summary = SUMMARY.exec(line);
    if (summary) summaryCount = Number(summary[1]);
  }
  const printedHelp = diagnostics.length === 0 && /^Version \d/m.test(stdout) && /tsc --/.test(stdout);
  return { diagnostics, printedHelp, summaryCount };
}
function toDiagnostic(groups) {
  return {
    file: groups.file,
    line: groups.line ? Number(groups.line) : void 0,
    column: groups.col ? Number(groups.col) : void 0,
    code: `TS${groups.code}`,
    message: groups.msg ?? ""
  };
}
function countByCode(diagnostics) {
  const counts = {};
  for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
  return counts;
}
function formatDiagnostic(d) {
  const where = d.file ? `${d.file}${d.line ? `(${d.line},${d.column ?? 0})` : ""}: ` : "";
  return `${where}error ${d.code}: ${d.message}`;
}

// src/evidence/checks/typecheck.ts
var TYPECHECK_SCRIPTS = ["typecheck", "type-check", "check-types", "types:check", "tsc"];
function planTypecheck(ctx) {
  const { toolchain } = ctx;
  const script = TYPECHECK_SCRIPTS.find((name) => toolchain.scripts[name]);
  if (script) {
    const request2 = scriptRequest(ctx, "typecheck", script);
    return {
      name: "typecheck",
      request: request2,
      interpret: async (result) => readTypecheck(result, commandText(request2), "script")
    };
  }
  if (!toolchain.hasTsconfig) {
    return { name: "typecheck", result: { status: "skipped", reason: "no typecheck script and no tsconfig.json" } };
  }
  const checker = toolchain.dependencies.has("vue-tsc") ? "vue-tsc" : "tsc";
  const bin = findLocalBin(ctx.fs, toolchain.root, checker);
  if (!bin) {
    return {
      name: "typecheck",
      result: { status: "unknown", reason: `tsconfig.json exists but ${checker} is not installed` }
    };
  }
  const request = {
    label: "typecheck",
    command: bin,
    // Composite projects may not disable emit (TS6310), so references are built; the rest only checked.
    args: toolchain.tsconfigReferences ? ["-b", "--pretty", "false"] : ["--noEmit", "--pretty", "false", "-p", "tsconfig.json"],
    cwd: toolchain.root,
    env: CHECK_ENV,
    timeoutMs: ctx.timeoutMs
  };
  return {
    name: "typecheck",
    request,
    interpret: async (result) => readTypecheck(result, `${checker} ${toolchain.tsconfigReferences ? "-b" : "--noEmit"}`, checker)
  };
}
function isConfigDiagnostic(d) {
  if (/^TS5\d{3}$/.test(d.code)) return true;
  if (d.file && /(^|\/)tsconfig[^/]*\.json$/.test(d.file)) return true;
  return !d.file && /^TS(?:6\d{3}|18003)$/.test(d.code);
}
function readTypecheck(result, command, tool) {
  const base = { tool, command, durationMs: result.durationMs };
  const incomplete = incompleteRun(result, "the typecheck");
  if (incomplete) return { ...base, ...incomplete };
  const output = parseTscOutput(`${result.stdout}
${result.stderr}`);
  const errors = output.diagnostics.length || output.summaryCount || 0;
  const firstErrors = output.diagnostics.slice(0, MAX_FIRST_ERRORS).map(formatDiagnostic);
  if (result.exitCode === 0) {
    if (errors > 0)
      return {
        ...base,
        status: "fail",
        errors,
        byCode: countByCode(output.diagnostics),
        firstErrors,
        reason: `${errors} type errors`
      };
    return { ...base, status: "pass", errors: 0, byCode: {}, reason: "no type errors" };
  }
  if (output.printedHelp) {
    return {
      ...base,
      status: "unknown",
      reason: "tsc printed its help text instead of checking: no tsconfig.json was found"
    };
  }
  if (errors === 0) {
    return {
      ...base,
      status: "unknown",
      reason: `${command} failed (${exitText(result)}) without printing a TypeScript diagnostic`
    };
  }
  if (output.diagnostics.every(isConfigDiagnostic)) {
    const first = output.diagnostics[0];
    return {
      ...base,
      status: "unknown",
      firstErrors,
      reason: `tsc could not check the code: ${first ? formatDiagnostic(first) : "a configuration error"}`
    };
  }
  const byCode = countByCode(output.diagnostics);
  return {
    ...base,
    status: "fail",
    errors,
    byCode,
    firstErrors,
    reason: `${errors} type error${errors === 1 ? "" : "s"}`
  };
}

// src/evidence/aggregate.ts
var PACKAGE_CHECKS = ["typecheck", "build", "tests", "lint"];
function sumPackages(packages) {
  return {
    typecheck: sumTypecheck(packages),
    build: combine(packages, "build"),
    tests: sumTests(packages),
    lint: sumLint(packages)
  };
}
function combine(packages, check) {
  const ran = packages.filter((p) => p[check].status !== "skipped");
  if (!ran.length) return { status: "skipped", reason: `no workspace package has a ${check} check` };
  const unknown3 = ran.find((p) => p[check].status === "unknown");
  if (unknown3) return { status: "unknown", reason: `${unknown3.path}: ${unknown3[check].reason}` };
  const failing = ran.filter((p) => p[check].status === "fail").map((p) => p.path);
  const durationMs = Math.max(...ran.map((p) => p[check].durationMs ?? 0));
  if (failing.length)
    return { status: "fail", durationMs, reason: `fails in ${failing.join(", ")} (of ${ran.length} packages)` };
  return { status: "pass", durationMs, reason: `passes in all ${ran.length} packages` };
}
function total(items, key) {
  return items.reduce((sum2, item) => sum2 + (item[key] ?? 0), 0);
}
function sumTests(packages) {
  const base = combine(packages, "tests");
  if (base.status === "skipped" || base.status === "unknown") return base;
  const tests = packages.map((p) => p.tests).filter((t) => t.status !== "skipped");
  const sums = {
    total: total(tests, "total"),
    passed: total(tests, "passed"),
    failed: total(tests, "failed"),
    skipped: total(tests, "skipped"),
    failedSuites: total(tests, "failedSuites")
  };
  const where = base.status === "fail" ? ` (${base.reason})` : ` in ${tests.length} packages`;
  return { ...base, ...sums, reason: `${sums.passed} of ${sums.total} tests passed${where}` };
}
function sumTypecheck(packages) {
  const base = combine(packages, "typecheck");
  if (base.status === "skipped" || base.status === "unknown") return base;
  const checks = packages.map((p) => p.typecheck).filter((t) => t.status !== "skipped");
  const byCode = {};
  for (const check of checks)
    for (const [code, n] of Object.entries(check.byCode ?? {})) byCode[code] = (byCode[code] ?? 0) + n;
  const errors = total(checks, "errors");
  return { ...base, errors, byCode, reason: `${errors} type error${errors === 1 ? "" : "s"} (${base.reason})` };
}
function sumLint(packages) {
  const base = combine(packages, "lint");
  if (base.status === "skipped" || base.status === "unknown") return base;
  const checks = packages.map((p) => p.lint).filter((l3) => l3.status !== "skipped");
  const counted = checks.every((l3) => l3.errors !== void 0);
  return counted ? { ...base, errors: total(checks, "errors"), warnings: total(checks, "warnings") } : base;
}
function findPackage(packages, scope) {
  const wanted = scope.toLowerCase().replace(/\/$/, "");
  return packages?.find((p) => p.path.toLowerCase() === wanted || p.name?.toLowerCase() === wanted);
}

// src/evidence/schedule.ts
async function runScheduled(items, limit, work) {
  const keys = new Set(items.map((s) => s.key));
  const finished = /* @__PURE__ */ new Set();
  const waiting = [...items];
  let running = 0;
  await new Promise((resolve4, reject) => {
    const ready = (s) => !s.after || !keys.has(s.after) || finished.has(s.after);
    const pump = () => {
      if (!waiting.length && !running) return resolve4();
      while (running < limit) {
        const index = waiting.findIndex(ready);
        if (index < 0) break;
        const [next] = waiting.splice(index, 1);
        running += 1;
        work(next.item).then(() => {
          running -= 1;
          finished.add(next.key);
          pump();
        }, reject);
      }
    };
    pump();
  });
}

// src/evidence/checks/overrides.ts
import { relative as relative2, sep as sep2 } from "node:path";

// src/evidence/parsers/python-reports.ts
function parseJunitXml(xml) {
  requireCompleteXml(xml, "JUnit");
  const suites = [...xml.matchAll(/<testsuite\b([^>]*)>/g)].map((m) => attributes(m[1] ?? ""));
  if (!suites.length) throw new ReportFormatError("the JUnit report has no <testsuite> element");
  const sum2 = (name) => suites.reduce((total2, s) => total2 + Number(s[name] ?? 0), 0);
  const tests = sum2("tests");
  const failures = sum2("failures");
  const errors = sum2("errors");
  const skipped = sum2("skipped");
  const collection = [...xml.matchAll(/<testcase classname=""[^>]*>\s*<error message="collection failure"/g)].length;
  return {
    total: tests - collection,
    passed: tests - failures - errors - skipped,
    failed: failures + errors - collection,
    skipped,
    failedSuites: collection,
    failures: [
      ...xml.matchAll(/<testcase classname="([^"]*)" name="([^"]*)"[^>]*>\s*<(?:failure|error) message="([^"]*)"/g)
    ].slice(0, 5).map((m) => `${m[1] ? `${m[1]}::` : ""}${m[2]}: ${decodeXmlEntities(m[3] ?? "")}`)
  };
}
function attributes(text3) {
  return Object.fromEntries([...text3.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
}
var MYPY_LINE = /^(?<file>[^:\n]+):(?<line>\d+)(?::\d+)?: error: (?<msg>.*?)(?: {2}\[(?<code>[a-z0-9-]+)\])?$/;
function parseMypyOutput(stdout) {
  const diagnostics = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = MYPY_LINE.exec(line);
    if (!match?.groups) continue;
    const { file = "", line: at2 = "0", msg = "", code } = match.groups;
    diagnostics.push({ file, line: Number(at2), message: msg, ...code ? { code } : {} });
  }
  return diagnostics;
}

// src/evidence/checks/overrides.ts
function planOverrides(ctx, overrides) {
  const plans = [];
  for (const [name, command] of Object.entries(overrides.commands)) {
    if (name === "tests" && overrides.testResults) continue;
    if (name === "audit" && overrides.auditReport) continue;
    plans.push(planCommand(ctx, name, command));
  }
  if (overrides.testResults) plans.push(planTestResults(ctx, overrides.testResults, overrides.commands.tests));
  if (overrides.auditReport)
    plans.push({ name: "audit", read: () => readAuditFile(ctx, overrides.auditReport) });
  return plans;
}
function shellRequest(ctx, name, command) {
  return { label: name, command: "sh", args: ["-c", command], cwd: ctx.root, env: CHECK_ENV, timeoutMs: ctx.timeoutMs };
}
function planCommand(ctx, name, command) {
  const request = shellRequest(ctx, name, command);
  const interpret = async (result) => {
    switch (name) {
      case "typecheck":
        return readTypecheck(result, command, "script");
      case "build":
        return readBuild(result, command);
      case "lint":
        return readLint(result, void 0, command);
      case "audit":
        return readAudit(result, ctx.packageManager ?? "npm", command);
      case "tests":
        return readTestCommand(result, command);
      case "coverage":
        return { status: "unknown", reason: "coverage has no command of its own" };
    }
  };
  return { name, request, interpret };
}
function readTestCommand(result, command) {
  const incomplete = incompleteRun(result, "the test command");
  if (incomplete) return { command, ...incomplete };
  const counts = "give test-results to read the counts";
  if (result.exitCode === 0)
    return { command, durationMs: result.durationMs, status: "pass", reason: `the test command succeeded; ${counts}` };
  const firstErrors = firstErrorLines(`${result.stderr}
${result.stdout}`);
  return {
    command,
    durationMs: result.durationMs,
    status: "fail",
    firstErrors,
    reason: `the test command failed (${exitText(result)}); ${counts}`
  };
}
function planTestResults(ctx, patterns, command) {
  if (!command) return { name: "tests", read: () => readTestReports(ctx, patterns) };
  return {
    name: "tests",
    request: shellRequest(ctx, "tests", command),
    interpret: async (result) => {
      const incomplete = incompleteRun(result, "the test command");
      if (incomplete) return { command, ...incomplete };
      return { ...await readTestReports(ctx, patterns), command, durationMs: result.durationMs };
    }
  };
}
async function readTestReports(ctx, patterns) {
  const files = await matchFiles(ctx.fs, ctx.root, patterns);
  const command = `read ${patterns.join(", ")}`;
  if (!files.length)
    return { command, status: "unknown", reason: `no file matches test-results (${patterns.join(", ")})` };
  const counts = [];
  for (const file of files) {
    try {
      counts.push(parseTestReport(await ctx.fs.readText(file)));
    } catch (error2) {
      if (!(error2 instanceof ReportFormatError)) throw error2;
      return { command, status: "unknown", reason: `${relative2(ctx.root, file)}: ${error2.message}` };
    }
  }
  const sum2 = (field) => counts.reduce((n, c) => n + c[field], 0);
  const [total2, passed, failed, skipped, failedSuites] = [
    sum2("total"),
    sum2("passed"),
    sum2("failed"),
    sum2("skipped"),
    sum2("failedSuites")
  ];
  const numbers = {
    command,
    total: total2,
    passed,
    failed,
    skipped,
    failedSuites,
    firstErrors: counts.flatMap((c) => c.failures).slice(0, 5)
  };
  const read = `${files.length} report${files.length === 1 ? "" : "s"}`;
  if (failed || failedSuites)
    return { ...numbers, status: "fail", reason: `${failed} of ${total2} tests failed (${read})` };
  if (!total2) return { ...numbers, status: "fail", reason: `the reports hold no tests (${read})` };
  return { ...numbers, status: "pass", reason: `${passed} of ${total2} tests passed (${read})` };
}
function parseTestReport(text3) {
  const trimmed = text3.trimStart();
  if (trimmed.startsWith("{")) return parseJestJson(text3);
  if (/<!--\s*tests\s+\d+\s*-->/.test(text3)) return parseNodeTestJunit(text3);
  if (trimmed.startsWith("<")) return parseJunitXml(text3);
  throw new ReportFormatError("it is neither a jest/vitest JSON report nor JUnit XML");
}
async function readAuditFile(ctx, path2) {
  const [file] = await matchFiles(ctx.fs, ctx.root, [path2]);
  if (!file) return { status: "unknown", reason: `the audit-report ${path2} does not exist` };
  const text3 = await ctx.fs.readText(file);
  const tool = auditReportTool(text3);
  const result = {
    exitCode: 0,
    signal: null,
    timedOut: false,
    durationMs: 0,
    stdoutPath: file,
    stderrPath: "",
    stdout: text3,
    stderr: "",
    truncated: false
  };
  return readAudit(result, tool, `read ${path2}`);
}
function auditReportTool(text3) {
  if (/"type"\s*:\s*"auditSummary"/.test(text3)) return "yarn";
  if (/^\{"value":.*"children":\{/m.test(text3)) return "yarn-berry";
  if (/"auditReportVersion"/.test(text3)) return "npm";
  if (/"advisories"/.test(text3)) return "pnpm";
  if (/^\s*\{\s*(?:\}|"[^"]+"\s*:\s*\[)/.test(text3)) return "bun";
  return "npm";
}
async function matchFiles(fs, root, patterns) {
  const matchers = patterns.map(globToRegExp);
  const found = [];
  await walkFiles(
    fs,
    root,
    async (path2) => {
      const rel = relative2(root, path2).split(sep2).join("/");
      if (matchers.some((m) => m.test(rel))) found.push(path2);
    },
    (name) => name !== "node_modules" && name !== ".git"
  );
  return found.sort();
}

// src/evidence/checks/python.ts
import { join as join10 } from "node:path";
var PROJECT_FILES = [
  "pyproject.toml",
  "setup.py",
  "setup.cfg",
  "requirements.txt",
  "pytest.ini",
  "tox.ini",
  "mypy.ini",
  "conftest.py"
];
var VENVS = [".venv/bin/python", "venv/bin/python"];
var PYTHON_ENV = { ...CHECK_ENV, PYTHONDONTWRITEBYTECODE: "1" };
async function detectPython(fs, root) {
  const present = (name) => fs.exists(join10(root, name));
  const hasTests = await hasPythonTests(fs, root);
  if (!PROJECT_FILES.some(present) && !hasTests) return void 0;
  const config2 = async (name) => present(name) ? fs.readText(join10(root, name)) : "";
  const pyproject = await config2("pyproject.toml");
  const setupCfg = await config2("setup.cfg");
  const coverageConfig = [await config2(".coveragerc"), pyproject, setupCfg, await config2("tox.ini")].join("\n");
  const requirements = [pyproject, await config2("requirements.txt"), await config2("requirements-dev.txt")].join("\n");
  return {
    root,
    python: VENVS.map((venv) => join10(root, venv)).find((path2) => fs.exists(path2)) ?? "python3",
    pytest: hasTests || present("pytest.ini") || present("conftest.py") || /\[tool\.pytest/.test(pyproject),
    mypy: present("mypy.ini") || present(".mypy.ini") || /\[tool\.mypy\]/.test(pyproject) || /^\[mypy\]/m.test(setupCfg),
    coverage: present(".coveragerc") || /^\[(?:tool\.coverage|coverage:)/m.test(coverageConfig) || /^\s*["']?(?:coverage|pytest-cov)\b/im.test(requirements),
    coverageSource: /^\s*source(?:_pkgs)?\s*=/m.test(coverageConfig)
  };
}
async function hasPythonTests(fs, root) {
  const isTest = (name) => /^test_.*\.py$|_test\.py$/.test(name);
  const top = await fs.list(root);
  if (top.some((e) => e.isFile && isTest(e.name))) return true;
  const testsDir = top.find((e) => e.isDirectory && (e.name === "tests" || e.name === "test"));
  return testsDir ? (await fs.list(join10(root, testsDir.name))).some((e) => e.isFile && isTest(e.name)) : false;
}
function coverageDataFile(workDir) {
  return join10(workDir, "python.coverage");
}
function planPytest(ctx, measureCoverage = false) {
  const report = join10(ctx.workDir, "pytest.junit.xml");
  const pytest = ["-m", "pytest", "-q", "-p", "no:cacheprovider", `--junitxml=${report}`];
  const underCoverage = measureCoverage && ctx.project.coverage;
  const source = ctx.project.coverageSource ? [] : ["--source=."];
  const request = {
    label: "tests",
    command: ctx.project.python,
    args: underCoverage ? ["-m", "coverage", "run", ...source, ...pytest] : pytest,
    cwd: ctx.project.root,
    env: underCoverage ? { ...PYTHON_ENV, COVERAGE_FILE: coverageDataFile(ctx.workDir) } : PYTHON_ENV,
    timeoutMs: ctx.timeoutMs
  };
  return {
    name: "tests",
    request,
    interpret: async (result) => readPytest(result, await readOptionalReport(ctx, report), commandText(request))
  };
}
function readPytest(result, report, command) {
  const base = { runner: "pytest", command, durationMs: result.durationMs };
  const incomplete = incompleteRun(result, "pytest");
  if (incomplete) return { ...base, ...incomplete };
  if (result.exitCode === 3 || result.exitCode === 4 || !report?.trim()) {
    const firstErrors = firstErrorLines(`${result.stderr}
${result.stdout}`);
    return {
      ...base,
      status: "unknown",
      firstErrors,
      reason: `pytest wrote no usable report (${exitText(result)}${firstErrors[0] ? `: ${firstErrors[0]}` : ""})`
    };
  }
  try {
    const { total: total2, passed, failed, skipped, failedSuites, failures } = parseJunitXml(report);
    const numbers = { total: total2, passed, failed, skipped, failedSuites, firstErrors: failures };
    if (failed || failedSuites) {
      const files = failedSuites ? `, ${failedSuites} test file${failedSuites === 1 ? "" : "s"} failed to collect` : "";
      return { ...base, ...numbers, status: "fail", reason: `${failed} of ${total2} tests failed${files}` };
    }
    if (result.exitCode === 5 || total2 === 0)
      return { ...base, ...numbers, status: "fail", reason: "no tests were collected" };
    return {
      ...base,
      ...numbers,
      status: "pass",
      reason: `${passed} of ${total2} tests passed${skipped ? `, ${skipped} skipped` : ""}`
    };
  } catch (error2) {
    if (!(error2 instanceof ReportFormatError)) throw error2;
    return { ...base, status: "unknown", reason: error2.message };
  }
}
function planMypy(ctx) {
  const request = {
    label: "typecheck",
    command: ctx.project.python,
    args: [
      "-m",
      "mypy",
      "--show-error-codes",
      "--no-color-output",
      "--no-error-summary",
      "--cache-dir",
      join10(ctx.workDir, "mypy-cache"),
      "."
    ],
    cwd: ctx.project.root,
    env: PYTHON_ENV,
    timeoutMs: ctx.timeoutMs
  };
  return { name: "typecheck", request, interpret: async (result) => readMypy(result, commandText(request)) };
}
function readMypy(result, command) {
  const base = { tool: "mypy", command, durationMs: result.durationMs };
  const incomplete = incompleteRun(result, "mypy");
  if (incomplete) return { ...base, ...incomplete };
  const diagnostics = parseMypyOutput(result.stdout);
  const byCode = {};
  for (const d of diagnostics) if (d.code) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
  const firstErrors = diagnostics.slice(0, 5).map((d) => `${d.file}:${d.line}: error: ${d.message}${d.code ? `  [${d.code}]` : ""}`);
  if (result.exitCode === 0 && !diagnostics.length)
    return { ...base, status: "pass", errors: 0, byCode, reason: "no type errors" };
  if (!diagnostics.length) {
    const lines = firstErrorLines(`${result.stderr}
${result.stdout}`);
    return {
      ...base,
      status: "unknown",
      firstErrors: lines,
      reason: `mypy could not check the code (${exitText(result)}${lines[0] ? `: ${lines[0]}` : ""})`
    };
  }
  const n = diagnostics.length;
  return { ...base, status: "fail", errors: n, byCode, firstErrors, reason: `${n} type error${n === 1 ? "" : "s"}` };
}
function coverageJsonRequest(ctx, outFile) {
  return {
    label: "coverage",
    command: ctx.project.python,
    args: ["-m", "coverage", "json", "-o", outFile],
    cwd: ctx.project.root,
    env: { ...PYTHON_ENV, COVERAGE_FILE: coverageDataFile(ctx.workDir) },
    timeoutMs: ctx.timeoutMs
  };
}

// src/evidence/gather.ts
var INSTALL_ARGS = {
  npm: { withLock: ["ci"], withoutLock: ["install"] },
  pnpm: { withLock: ["install", "--frozen-lockfile"], withoutLock: ["install"] },
  yarn: { withLock: ["install", "--frozen-lockfile"], withoutLock: ["install"] },
  "yarn-berry": { withLock: ["install", "--immutable"], withoutLock: ["install"] },
  bun: { withLock: ["install", "--frozen-lockfile"], withoutLock: ["install"] }
};
var PLANNERS = [
  ["typecheck", planTypecheck],
  ["build", planBuild],
  ["tests", planTests],
  ["audit", planAudit],
  ["lint", planLint]
];
async function gatherEvidence(ports, options) {
  const notes = [];
  const toolchain = await detectToolchain(ports.fs, options.root);
  const python = await detectPython(ports.fs, options.root);
  const overridden = planOverrides(
    { root: options.root, fs: ports.fs, timeoutMs: options.timeoutMs, packageManager: toolchain?.packageManager },
    options.overrides ?? { commands: {} }
  ).filter((plan) => options.checks.has(plan.name));
  if (!toolchain && !python && !overridden.length) {
    notes.push("no package.json and no Python project: no toolchain to run");
    return {
      evidence: uniformEvidence({ status: "skipped", reason: "no package.json or Python project in the repository" }),
      notes
    };
  }
  const notRun = toolchain ? "disabled by the checks setting" : "no JavaScript toolchain, and no Python tool for this check";
  const evidence = uniformEvidence({ status: "skipped", reason: notRun });
  evidence.coverage = NOT_CLAIMED;
  let jsPlans = [];
  let packagePlans = [];
  let packages = [];
  let workspace = [];
  let installFailure;
  if (toolchain) {
    notes.push(`package manager: ${toolchain.packageManager} (${toolchain.detectedFrom})`);
    installFailure = await installIfNeeded(ports, options, toolchain, notes);
    const ctx = {
      toolchain,
      fs: ports.fs,
      workDir: options.workDir,
      timeoutMs: options.timeoutMs,
      collectCoverage: options.collectCoverage,
      shard: options.shard
    };
    jsPlans = PLANNERS.filter(([name]) => options.checks.has(name)).map(([, plan]) => plan(ctx));
    ({ packages, plans: packagePlans, workspace } = await planWorkspace(ports, options, toolchain, notes));
    if (packages.length) jsPlans = jsPlans.filter((plan) => !PACKAGE_CHECKS.includes(plan.name));
  }
  const pyPlans = python && !packages.length ? planPython(ports, options, python, jsPlans, notes) : [];
  const replaced = (plan) => overridden.some((o) => o.name === plan.name);
  jsPlans = jsPlans.filter((plan) => !pyPlans.some((py) => py.name === plan.name) && !replaced(plan));
  const planned = [
    ...jsPlans.map((plan) => ({ plan, js: true, needsBuild: plan.name === "tests" && !!toolchain?.testsNeedBuild })),
    ...packagePlans.filter(({ plan }) => !replaced(plan)),
    ...pyPlans.filter((plan) => !replaced(plan)).map((plan) => ({ plan, js: false })),
    ...overridden.map((plan) => ({ plan, js: false }))
  ];
  noteBuildOrder(planned, options, notes);
  await runScheduled(buildOrder(planned), options.concurrency ?? availableParallelism(), async (item) => {
    const { plan, js, into } = item;
    const target = into ?? evidence;
    const result = js && installFailure && "request" in plan ? installFailure : blockedByBuild(item, target.build) ?? await runCheck(ports, plan, into?.path);
    Object.assign(target, { [plan.name]: result });
  });
  if (options.collectCoverage)
    evidence.coverage = await coverageEvidence(ports, options, evidence, {
      toolchain,
      python,
      workspace: packages.length > 0
    });
  if (packages.length) {
    const summed = sumPackages(packages);
    for (const name of PACKAGE_CHECKS)
      if (!overridden.some((o) => o.name === name)) Object.assign(evidence, { [name]: summed[name] });
    evidence.packages = packages;
  }
  return { evidence, notes, ...workspace.length ? { workspace } : {} };
}
function planPython(ports, options, project, jsPlans, notes) {
  const ctx = { project, fs: ports.fs, workDir: options.workDir, timeoutMs: options.timeoutMs };
  const free = (name) => {
    const js = jsPlans.find((plan) => plan.name === name);
    return options.checks.has(name) && (!js || "result" in js && js.result.status === "skipped");
  };
  const plans = [];
  if (project.pytest && free("tests")) plans.push(planPytest(ctx, options.collectCoverage));
  if (project.mypy && free("typecheck")) plans.push(planMypy(ctx));
  notes.push(
    `Python project: ${project.python}${plans.length ? `, running ${plans.map((p) => p.name).join(" and ")}` : ""}`
  );
  return plans;
}
async function coverageEvidence(ports, options, evidence, project) {
  const { toolchain, python, workspace } = project;
  const report = options.overrides?.coverageReport;
  if (report) return readCoverage(ports.fs, join11(options.root, report), `the coverage-report ${report}`);
  if (workspace)
    return { status: "unknown", reason: "coverage is not summed across workspace packages; give coverage-report" };
  const runner = evidence.tests.runner;
  if (runner === "pytest" && python?.coverage) return pythonCoverage(ports, options, python, evidence.tests);
  const measured = runner === "jest" || runner === "vitest" && ["@vitest/coverage-v8", "@vitest/coverage-istanbul"].some((d) => toolchain?.dependencies.has(d));
  return coverageOfTestRun(ports.fs, coverageDir({ workDir: options.workDir }), evidence.tests, measured);
}
function buildOrder(planned) {
  const key = (p, name) => `${p.into?.path ?? "."}:${name}`;
  return planned.map((p) => ({
    item: p,
    key: key(p, p.plan.name),
    ...p.needsBuild ? { after: key(p, "build") } : {}
  }));
}
function blockedByBuild(item, build) {
  if (!item.needsBuild || build.status !== "fail" && build.status !== "unknown") return void 0;
  return {
    status: "unknown",
    reason: `the tests run the build's output, and the build did not succeed: ${build.reason}`
  };
}
function noteBuildOrder(planned, options, notes) {
  const waiting = planned.filter((p) => p.needsBuild).map((p) => p.into?.path ?? "the repository");
  if (!waiting.length) return;
  notes.push(
    options.checks.has("build") ? `tests run after the build, whose output they use: ${waiting.join(", ")}` : `tests use the build's output, but the build is not among the checks: they run on whatever output is there (${waiting.join(", ")})`
  );
}
async function planWorkspace(ports, options, root, notes) {
  const paths = root.workspaces.length ? await expandWorkspaces(ports.fs, root.root, root.workspaces) : [];
  const packages = [];
  const found = /* @__PURE__ */ new Set();
  const plans = [];
  for (const [index, path2] of paths.entries()) {
    const own2 = await detectToolchain(ports.fs, join11(root.root, path2));
    if (!own2) continue;
    const selected = options.packages?.filter((wanted) => wanted === path2 || wanted === own2.name);
    if (selected && !selected.length) continue;
    selected?.forEach((wanted) => found.add(wanted));
    const toolchain = {
      ...own2,
      packageManager: root.packageManager,
      lockfile: root.lockfile,
      ...root.yarnPath ? { yarnPath: root.yarnPath } : {},
      hasNodeModules: root.hasNodeModules
    };
    const ctx = {
      toolchain,
      fs: ports.fs,
      workDir: options.workDir,
      timeoutMs: options.timeoutMs,
      tag: `package-${index}-`,
      shard: options.shard
    };
    const notRun = { status: "skipped", reason: "disabled by the checks setting" };
    const pkg = {
      path: path2,
      ...own2.name ? { name: own2.name } : {},
      typecheck: notRun,
      build: notRun,
      tests: notRun,
      lint: notRun
    };
    packages.push(pkg);
    for (const [name, plan] of PLANNERS) {
      if (PACKAGE_CHECKS.includes(name) && options.checks.has(name))
        plans.push({ plan: plan(ctx), js: true, into: pkg, needsBuild: name === "tests" && own2.testsNeedBuild });
    }
  }
  const unmatched = options.packages?.filter((wanted) => !found.has(wanted)) ?? [];
  if (unmatched.length)
    throw new ConfigurationError(
      `packages: ${unmatched.join(", ")} is no package of the workspace (${paths.join(", ") || "none"})`
    );
  if (packages.length) notes.push(`workspace of ${packages.length} packages: ${packages.map((p) => p.path).join(", ")}`);
  return { packages, plans, workspace: paths };
}
async function runCheck(ports, check, where) {
  if ("read" in check) return check.read();
  if (!("request" in check)) return check.result;
  return ports.logger.group(`${where ? `${where} ` : ""}${check.name}: ${commandText(check.request)}`, async () => {
    const result = await ports.runner.run(check.request);
    const evidence = await check.interpret(result);
    ports.logger.info(`${check.name}: ${evidence.status} \u2014 ${evidence.reason}`);
    for (const line of evidence.firstErrors ?? []) ports.logger.info(`  ${line}`);
    return evidence;
  });
}
async function pythonCoverage(ports, options, python, tests) {
  if (tests.status === "unknown" || tests.status === "skipped")
    return { status: "unknown", reason: `the tests did not run: ${tests.reason}` };
  const outFile = join11(options.workDir, "coverage.json");
  const ctx = { project: python, fs: ports.fs, workDir: options.workDir, timeoutMs: options.timeoutMs };
  const request = coverageJsonRequest(ctx, outFile);
  const result = await ports.logger.group(`coverage: ${commandText(request)}`, () => ports.runner.run(request));
  const incomplete = incompleteRun(result, "coverage json");
  if (incomplete) return incomplete;
  if (result.exitCode !== 0)
    return {
      status: "unknown",
      reason: `coverage json failed (${exitText(result)}): ${firstErrorLines(result.stdout + result.stderr, 1).join("")}`
    };
  return readCoverage(ports.fs, outFile, "coverage json");
}
async function installIfNeeded(ports, options, toolchain, notes) {
  if (toolchain.hasNodeModules) return void 0;
  if (!options.install) {
    notes.push("node_modules is missing and installing is turned off; checks use whatever tools can be found");
    return void 0;
  }
  const installArgs = INSTALL_ARGS[toolchain.packageManager];
  const request = {
    label: "install",
    ...packageManagerCommand(toolchain, toolchain.lockfile ? installArgs.withLock : installArgs.withoutLock),
    cwd: toolchain.root,
    env: CHECK_ENV,
    timeoutMs: options.timeoutMs
  };
  const result = await ports.logger.group(`install: ${commandText(request)}`, () => ports.runner.run(request));
  const incomplete = incompleteRun(result, "the install");
  if (!incomplete && result.exitCode === 0) {
    notes.push(`installed dependencies with ${commandText(request)} in ${(result.durationMs / 1e3).toFixed(1)} s`);
    return void 0;
  }
  const reason = incomplete?.reason ?? `${commandText(request)} failed (${exitText(result)})`;
  notes.push(reason);
  return {
    status: "unknown",
    reason: `dependencies could not be installed: ${reason}`,
    firstErrors: firstErrorLines(result.stderr)
  };
}
function uniformEvidence(base) {
  return {
    typecheck: { ...base },
    build: { ...base },
    tests: { ...base },
    audit: { ...base },
    lint: { ...base },
    coverage: { ...base }
  };
}

// src/evidence/merge.ts
var unknown2 = (reason) => ({ status: "unknown", reason });
var DISABLED = { status: "skipped", reason: "disabled by the checks setting" };
function mergeEvidence(files, wanted) {
  const evidence = Object.fromEntries(CHECK_NAMES.map((name) => [name, DISABLED]));
  const packages = /* @__PURE__ */ new Map();
  const gaps = [];
  const notes = [
    `merged evidence from ${files.length} file${files.length === 1 ? "" : "s"}: ${files.map((f) => f.name).join(", ")}`
  ];
  for (const check of CHECK_NAMES.filter((name) => name !== "coverage")) {
    const from = files.filter((f) => f.file.checks.includes(check));
    const merged = mergeCheck(check, from, wanted.has(check));
    if (merged.gap) gaps.push(merged.gap);
    Object.assign(evidence, { [check]: merged.root });
    for (const [path2, result] of merged.packages) packageOf(packages, path2, from)[check] = result;
  }
  evidence.coverage = coverageOf(files);
  if (packages.size) {
    evidence.packages = [...packages.values()];
    Object.assign(evidence, sumPackages(evidence.packages));
  }
  return { evidence, notes, gaps };
}
function mergeCheck(check, from, wanted) {
  const none = /* @__PURE__ */ new Map();
  if (!from.length) {
    if (!wanted) return { root: DISABLED, packages: none };
    const gap = `no evidence file ran the ${check} check`;
    return { root: unknown2(gap), packages: none, gap };
  }
  if (check === "tests" && from.some((f) => f.file.shard)) return mergeShards(from);
  if (from.some((f) => f.file.packages) && PACKAGE_CHECKS.includes(check))
    return mergePartitions(check, from);
  if (from.length > 1) {
    const names = from.map((f) => f.name).join(", ");
    const reason = `${check} was reported by ${from.length} evidence files (${names}); each check must come from one job, or the tests from the shards of one split`;
    return { root: unknown2(reason), packages: withPackages(from, check, () => unknown2(reason)), gap: reason };
  }
  const only = from[0];
  return {
    root: only.file.evidence[check],
    packages: withPackages(from, check, (pkg) => pkg[check])
  };
}
function withPackages(from, check, result) {
  const packages = /* @__PURE__ */ new Map();
  if (!PACKAGE_CHECKS.includes(check)) return packages;
  for (const f of from) for (const pkg of f.file.evidence.packages ?? []) packages.set(pkg.path, result(pkg));
  return packages;
}
function mergePartitions(check, from) {
  const packages = /* @__PURE__ */ new Map();
  const problems = [];
  const byPackage = /* @__PURE__ */ new Map();
  for (const f of from)
    for (const path2 of f.file.packages ?? (f.file.evidence.packages ?? []).map((p) => p.path))
      byPackage.set(path2, [...byPackage.get(path2) ?? [], f.name]);
  const workspace = /* @__PURE__ */ new Set([...from.flatMap((f) => f.file.workspace ?? []), ...byPackage.keys()]);
  for (const path2 of workspace) {
    const jobs = byPackage.get(path2) ?? [];
    if (!jobs.length) problems.push(`no evidence job checked ${path2}`);
    if (jobs.length > 1) problems.push(`${path2} was checked by ${jobs.length} evidence files (${jobs.join(", ")})`);
    const result = jobs.length === 1 ? from.find((f) => f.name === jobs[0])?.file.evidence.packages?.find((p) => p.path === path2) : void 0;
    packages.set(path2, result ? result[check] : unknown2(problems.at(-1) ?? `no evidence for ${path2}`));
  }
  const gap = problems.length ? `${check} evidence is incomplete: ${problems.join("; ")}` : void 0;
  return { root: gap ? unknown2(gap) : DISABLED, packages, ...gap ? { gap } : {} };
}
function shardProblems(from) {
  const totals = [...new Set(from.map((f) => f.file.shard?.total ?? 1))];
  if (totals.length > 1)
    return [`the test evidence mixes splits (${from.map((f) => `${f.name}: ${shardText(f)}`).join(", ")})`];
  const total2 = totals[0] ?? 1;
  const problems = [];
  for (let index = 1; index <= total2; index++) {
    const copies = from.filter((f) => f.file.shard?.index === index);
    if (!copies.length) problems.push(`shard ${index}/${total2} is missing`);
    if (copies.length > 1)
      problems.push(`shard ${index}/${total2} came ${copies.length} times (${copies.map((f) => f.name).join(", ")})`);
  }
  return problems;
}
var shardText = (f) => f.file.shard ? `shard ${f.file.shard.index}/${f.file.shard.total}` : "not sharded";
function mergeShards(from) {
  const problems = shardProblems(from);
  if (problems.length) {
    const reason = `test evidence is incomplete: ${problems.join("; ")}`;
    return { root: unknown2(reason), packages: withPackages(from, "tests", () => unknown2(reason)), gap: reason };
  }
  const packages = /* @__PURE__ */ new Map();
  const paths = new Set(from.flatMap((f) => (f.file.evidence.packages ?? []).map((p) => p.path)));
  for (const path2 of paths) {
    const parts = from.map((f) => f.file.evidence.packages?.find((p) => p.path === path2)?.tests);
    packages.set(
      path2,
      parts.some((t) => !t) ? unknown2(`a shard has no evidence for ${path2}`) : sumShards(parts)
    );
  }
  return { root: sumShards(from.map((f) => f.file.evidence.tests)), packages };
}
function sumShards(shards) {
  const ran = shards.filter((t) => t.status !== "skipped");
  if (!ran.length) return shards[0] ?? DISABLED;
  const broken = ran.find((t) => t.status === "unknown");
  if (broken) return { ...broken, reason: `a shard could not be read: ${broken.reason}` };
  const sum2 = (key) => ran.reduce((n, t) => n + (t[key] ?? 0), 0);
  const counts = {
    total: sum2("total"),
    passed: sum2("passed"),
    failed: sum2("failed"),
    skipped: sum2("skipped"),
    failedSuites: sum2("failedSuites")
  };
  const failing = ran.some((t) => t.status === "fail");
  return {
    status: failing ? "fail" : "pass",
    ...ran[0]?.runner ? { runner: ran[0].runner } : {},
    ...counts,
    durationMs: Math.max(...ran.map((t) => t.durationMs ?? 0)),
    firstErrors: ran.flatMap((t) => t.firstErrors ?? []).slice(0, 10),
    reason: `${counts.passed} of ${counts.total} tests passed in ${shards.length} shards${counts.failedSuites ? `, ${counts.failedSuites} test files failed to run` : ""}`
  };
}
function coverageOf(files) {
  const testers = files.filter((f) => f.file.checks.includes("tests"));
  if (testers.length === 1) return testers[0].file.evidence.coverage;
  if (testers.some((f) => f.file.shard))
    return unknown2("coverage is not summed across test shards; give coverage-report");
  return { status: "skipped", reason: "no single evidence file measured coverage" };
}
function packageOf(packages, path2, from) {
  let pkg = packages.get(path2);
  if (!pkg) {
    const name = from.flatMap((f) => f.file.evidence.packages ?? []).find((p) => p.path === path2)?.name;
    pkg = { path: path2, ...name ? { name } : {}, typecheck: DISABLED, build: DISABLED, tests: DISABLED, lint: DISABLED };
    packages.set(path2, pkg);
  }
  return pkg;
}

// src/evidence/cache.ts
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join as join12 } from "node:path";
var GIT_TIMEOUT_MS = 3e4;
async function evidenceCacheKey(runner, root, settings) {
  const git = (args) => runner.run({ label: "git-cache-key", command: "git", args, cwd: root, timeoutMs: GIT_TIMEOUT_MS });
  const tree = await git(["rev-parse", "HEAD^{tree}"]);
  if (tree.exitCode !== 0) return { reason: "not a git checkout with a commit" };
  const status = await git(["status", "--porcelain", "--untracked-files=normal", "--", "."]);
  if (status.exitCode !== 0 || status.stdout.trim()) return { reason: "the tree has uncommitted changes" };
  const key = createHash("sha256").update(JSON.stringify({ tree: tree.stdout.trim(), version: VERSION, settings })).digest("hex").slice(0, 32);
  return { key };
}
var pathOf = (dir, key) => join12(dir, `evidence-${key}.json`);
async function readCachedEvidence(fs, dir, key) {
  const path2 = pathOf(dir, key);
  if (!fs.exists(path2)) return void 0;
  try {
    return parseEvidenceFile(path2, await fs.readText(path2));
  } catch {
    return void 0;
  }
}
async function writeCachedEvidence(dir, key, file) {
  await mkdir(dir, { recursive: true });
  await writeFile(pathOf(dir, key), JSON.stringify(file) + "\n");
}

// src/verdict/readiness.ts
var RUBRIC = [
  { check: "tests", weight: 30 },
  { check: "build", weight: 25 },
  { check: "typecheck", weight: 25 },
  { check: "audit", weight: 10 },
  { check: "lint", weight: 10 }
];
var SCORE_TOLERANCE = 10;
var HARD_GATES = [
  { check: "build", fails: (e) => e.build.status === "fail", says: () => "the build fails" },
  { check: "tests", fails: (e) => e.tests.status === "fail", says: (e) => `tests fail (${e.tests.reason})` },
  {
    check: "typecheck",
    fails: (e) => e.typecheck.status === "fail",
    says: (e) => `the typecheck fails (${e.typecheck.reason})`
  },
  {
    check: "audit",
    fails: (e) => (e.audit.bySeverity?.critical ?? 0) + (e.audit.bySeverity?.high ?? 0) > 0,
    says: (e) => `the audit finds ${e.audit.bySeverity?.critical ?? 0} critical and ${e.audit.bySeverity?.high ?? 0} high vulnerabilities`
  }
];
function computeReadiness(evidence) {
  const checks = RUBRIC.map(({ check, weight }) => {
    const status = evidence[check].status;
    return { check, status, weight, points: status === "pass" ? weight : 0 };
  });
  const ran = checks.filter((c) => c.status === "pass" || c.status === "fail");
  const earned = ran.reduce((sum2, c) => sum2 + c.points, 0);
  const possible = ran.reduce((sum2, c) => sum2 + c.weight, 0);
  const open = checks.filter((c) => c.status !== "pass" && c.status !== "fail").reduce((sum2, c) => sum2 + c.weight, 0);
  const hardGateFailures = HARD_GATES.filter((gate) => gate.fails(evidence)).map((gate) => gate.says(evidence));
  const unknownHardGates = HARD_GATES.filter(
    (gate) => !gate.fails(evidence) && !["pass", "fail"].includes(evidence[gate.check].status)
  ).map((gate) => gate.check);
  const ready = hardGateFailures.length ? false : unknownHardGates.length ? void 0 : true;
  return {
    ...possible ? { score: Math.round(earned / possible * 100) } : {},
    bestCase: Math.round((earned + open) / (possible + open) * 100),
    ...ready === void 0 ? {} : { ready },
    hardGateFailures,
    unknownHardGates,
    checks
  };
}

// src/verdict/compare.ts
var APPROX_TOLERANCE = 0.1;
function compareClaims(claims, evidence) {
  return claims.map((claim2) => ({ ...claim2, ...judge(claim2, evidence) }));
}
function checkOf(kind) {
  const prefix = kind.split(".")[0];
  if (prefix === "readiness") return "readiness";
  if (prefix === "file" || prefix === "commit" || prefix === "other") return "repository";
  return CHECK_NAMES.find((name) => name === prefix) ?? assertNeverCheck(kind);
}
function assertNeverCheck(kind) {
  throw new Error(`claim kind ${kind} has no check`);
}
function judge(claim2, evidence) {
  if (claim2.kind === "file.exists") return judgeFile(claim2, evidence);
  if (claim2.kind === "commit.exists") return judgeCommit(claim2, evidence);
  if (claim2.kind === "other") return { verdict: "unverifiable", reason: "no check of the gate measures this" };
  const pkg = claim2.scope ? findPackage(evidence.packages, claim2.scope) : void 0;
  if (pkg) return judgeInPackage(claim2, evidence, pkg);
  const check = checkOf(claim2.kind);
  if (check === "readiness") return judgeReadiness(claim2, evidence);
  if (check === "repository") throw new Error(`claim kind ${claim2.kind} is judged before its check is looked up`);
  const scoped = unsupportedScope(claim2, evidence);
  if (scoped) return scoped;
  const result = evidence[check];
  if (result.status === "unknown")
    return { verdict: "unverifiable", reason: `${check} could not be checked: ${result.reason}` };
  if (result.status === "skipped") return { verdict: "unverifiable", reason: `${check} was not run: ${result.reason}` };
  return judgeKnown(claim2, evidence);
}
function unsupportedScope(claim2, evidence) {
  if (!claim2.scope) return void 0;
  const supported = claim2.kind === "audit.vulnerabilities" && SEVERITIES.includes(claim2.scope) || claim2.kind === "typecheck.errors" && /^TS\d+$/.test(claim2.scope) || claim2.kind === "coverage.percent" && COVERAGE_METRICS.includes(claim2.scope) || claim2.scope === "mypy" && claim2.kind.startsWith("typecheck.") && evidence.typecheck.tool === "mypy";
  if (supported) return void 0;
  if (evidence.packages && /[/@]/.test(claim2.scope)) {
    const known = evidence.packages.map((p) => p.path).join(", ");
    return { verdict: "unverifiable", reason: `no workspace package is "${claim2.scope}" (the packages are ${known})` };
  }
  return {
    verdict: "unverifiable",
    reason: `the claim is about "${claim2.scope}" only; the gate has evidence for the whole repository, not for that part`
  };
}
function judgeInPackage(claim2, evidence, pkg) {
  const { typecheck, build, tests, lint: lint2 } = pkg;
  const judged = judge(
    { ...claim2, scope: void 0 },
    { ...evidence, typecheck, build, tests, lint: lint2, packages: void 0 }
  );
  return { ...judged, reason: `${pkg.path}: ${judged.reason}` };
}
function judgeKnown(claim2, evidence) {
  const { tests, typecheck, build, audit: audit2, lint: lint2 } = evidence;
  switch (claim2.kind) {
    case "tests.passed":
      return compareCount(
        claim2,
        tests.passed,
        `${tests.passed} of ${tests.total} tests passed${failedSuffix(evidence)}`
      );
    case "tests.total":
      return compareCount(claim2, tests.total, `${tests.total} tests ran`);
    case "tests.failed":
      return judgeFailedTests(claim2, evidence);
    case "tests.allPassing":
      return judgeAllPassing(claim2, evidence);
    case "tests.passRate":
      return judgePassRate(claim2, evidence);
    case "typecheck.errors": {
      const perCode = claim2.scope && /^TS\d+$/.test(claim2.scope);
      const actual = perCode ? typecheck.byCode?.[claim2.scope] ?? 0 : typecheck.errors;
      const noun = actual === 1 ? "error" : "errors";
      const what = perCode ? `${claim2.scope} ${noun}` : `type ${noun}`;
      return compareCount(claim2, actual, `${actual ?? "an unknown number of"} ${what}`);
    }
    case "typecheck.clean":
      return compareState(claim2, typecheck, "the typecheck");
    case "build.passing":
      return compareState(claim2, build, "the build");
    case "audit.vulnerabilities": {
      const severity = claim2.scope;
      const actual = severity ? audit2.bySeverity?.[severity] : audit2.total;
      const what = `${severity ? `${severity} ` : ""}vulnerable ${audit2.unit ?? "packages"}`;
      return compareCount(claim2, actual, `${actual} ${what} (${audit2.tool} audit)`);
    }
    case "lint.errors":
      return compareCount(claim2, lint2.errors, `${lint2.errors} lint error${lint2.errors === 1 ? "" : "s"}`);
    case "lint.warnings":
      return compareCount(claim2, lint2.warnings, `${lint2.warnings} lint warning${lint2.warnings === 1 ? "" : "s"}`);
    case "coverage.percent":
      return judgeCoverage(claim2, evidence);
    case "readiness.score":
    case "readiness.ready":
      return judgeReadiness(claim2, evidence);
    case "file.exists":
    case "commit.exists":
    case "other":
      throw new Error(`claim kind ${claim2.kind} is judged before the checks`);
    default:
      return assertNever(claim2.kind);
  }
}
function filesFailed(count) {
  return `${count} test file${count === 1 ? "" : "s"} failed to run`;
}
function failedSuffix(evidence) {
  const { failed, failedSuites } = evidence.tests;
  const parts = [failed ? `${failed} failed` : "", failedSuites ? `${filesFailed(failedSuites)}` : ""].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}
function matchesBound(claimed, actual, bound = "exact", upper = claimed) {
  switch (bound) {
    case "exact":
      return claimed === actual;
    case "atLeast":
      return actual >= claimed;
    case "approx":
      return Math.abs(actual - claimed) <= Math.max(1, claimed * APPROX_TOLERANCE);
    case "range":
      return actual >= claimed && actual <= upper;
    default:
      return assertNever(bound);
  }
}
function describeClaim(claim2) {
  const prefix = claim2.bound === "approx" ? "~" : "";
  const suffix = claim2.bound === "atLeast" ? "+" : claim2.bound === "range" ? `\u2013${String(claim2.upper)}` : "";
  return `${prefix}${String(claim2.claimed)}${suffix}`;
}
function compareCount(claim2, actual, description) {
  if (actual === void 0)
    return { verdict: "unverifiable", reason: `the tool ran but reported no count: ${description}` };
  const ok = matchesBound(claim2.claimed, actual, claim2.bound, claim2.upper);
  return {
    verdict: ok ? "verified" : "contradicted",
    actual,
    reason: `claims ${describeClaim(claim2)}; ${description}`
  };
}
function compareState(claim2, result, what) {
  const passes = result.status === "pass";
  const ok = passes === claim2.claimed;
  const says = claim2.claimed ? "passes" : "fails";
  return {
    verdict: ok ? "verified" : "contradicted",
    actual: passes,
    reason: `claims ${what} ${says}; ${what} ${passes ? "passes" : `fails: ${result.reason}`}`
  };
}
function judgeFailedTests(claim2, evidence) {
  const { failed = 0, failedSuites = 0 } = evidence.tests;
  if (claim2.claimed === 0 && failed === 0 && failedSuites > 0) {
    return {
      verdict: "contradicted",
      actual: 0,
      reason: `claims 0 failing; no test failed but ${filesFailed(failedSuites)}`
    };
  }
  return compareCount(
    claim2,
    failed,
    `${failed} of ${evidence.tests.total} tests failed${failedSuites ? `, ${filesFailed(failedSuites)}` : ""}`
  );
}
function judgeAllPassing(claim2, evidence) {
  const { tests } = evidence;
  const allPass = tests.status === "pass" && (tests.total ?? 0) > 0;
  if (claim2.claimed === true && (tests.total ?? 0) === 0) {
    return { verdict: "contradicted", actual: false, reason: "claims all tests pass; no tests ran" };
  }
  return compareState(claim2, { ...tests, status: allPass ? "pass" : "fail" }, "the test suite");
}
var COVERAGE_METRICS = ["lines", "statements", "functions", "branches"];
function judgeCoverage(claim2, evidence) {
  const metrics = claim2.scope ? [claim2.scope] : ["lines", "statements", "total"];
  const measured = metrics.flatMap(
    (metric2) => evidence.coverage[metric2] === void 0 ? [] : [[metric2, evidence.coverage[metric2]]]
  );
  if (!measured.length) return { verdict: "unverifiable", reason: `no ${metrics.join(" or ")} coverage was measured` };
  const claimed = claim2.claimed;
  const holds = ([, actual2]) => claim2.bound === "atLeast" ? actual2 >= claimed : claim2.bound === "approx" ? matchesBound(claimed, actual2, "approx") : matchesPercent(claimed, actual2);
  const match = measured.find(holds);
  const [metric, actual] = match ?? measured[0];
  const figures = measured.map(([m, a]) => `${m} ${a}%`).join(", ");
  return {
    verdict: match ? "verified" : "contradicted",
    actual,
    reason: `claims ${describeClaim(claim2)}% ${metric} coverage; ${figures}`
  };
}
function matchesPercent(claimed, actual) {
  const decimals = (String(claimed).split(".")[1] ?? "").length;
  return Number(actual.toFixed(decimals)) === claimed;
}
function judgePassRate(claim2, evidence) {
  const { passed = 0, total: total2 = 0 } = evidence.tests;
  if (!total2)
    return { verdict: "contradicted", actual: 0, reason: `claims a ${String(claim2.claimed)}% pass rate; no tests ran` };
  const actual = Math.round(passed / total2 * 1e3) / 10;
  const ok = matchesPercent(claim2.claimed, passed / total2 * 100);
  return {
    verdict: ok ? "verified" : "contradicted",
    actual,
    reason: `claims a ${String(claim2.claimed)}% pass rate; ${passed} of ${total2} passed (${actual}%)`
  };
}
function judgeFile(claim2, evidence) {
  const fact = evidence.repository?.files[String(claim2.claimed)];
  switch (fact) {
    case "exists":
      return { verdict: "verified", actual: true, reason: `${String(claim2.claimed)} exists` };
    case "missing":
      return {
        verdict: "contradicted",
        actual: false,
        reason: `claims ${String(claim2.claimed)} was created; there is no such file in the repository`
      };
    case "outside":
      return {
        verdict: "contradicted",
        actual: false,
        reason: `${String(claim2.claimed)} is a link that leaves the repository`
      };
    case void 0:
      return { verdict: "unverifiable", reason: "the repository was not checked for this file" };
    default:
      return assertNever(fact);
  }
}
function judgeCommit(claim2, evidence) {
  const repo = evidence.repository;
  const hash = String(claim2.claimed);
  if (!repo || repo.commitsUnknown)
    return {
      verdict: "unverifiable",
      reason: `commits could not be checked: ${repo?.commitsUnknown ?? "not gathered"}`
    };
  if (repo.commits[hash] === "present")
    return { verdict: "verified", actual: true, reason: `commit ${hash} is in the history` };
  if (repo.shallow) {
    return {
      verdict: "unverifiable",
      reason: `commit ${hash} is not in this shallow clone; fetch the full history (fetch-depth: 0) to check it`
    };
  }
  return {
    verdict: "contradicted",
    actual: false,
    reason: `claims commit ${hash}; the repository's history has no such commit`
  };
}
function judgeReadiness(claim2, evidence) {
  const readiness2 = computeReadiness(evidence);
  const claimText = claim2.kind === "readiness.score" ? `${String(claim2.claimed)}% production ready` : claim2.claimed ? "production ready" : "not production ready";
  if (readiness2.hardGateFailures.length) {
    const verdict = claim2.claimed === false ? "verified" : "contradicted";
    return { verdict, actual: false, reason: `claims ${claimText}; ${readiness2.hardGateFailures.join("; ")}` };
  }
  const unknown3 = readiness2.unknownHardGates.length ? `; not known: ${readiness2.unknownHardGates.join(", ")}` : "";
  if (claim2.kind === "readiness.score") return judgeScore(claim2.claimed, readiness2, claimText, unknown3);
  if (claim2.claimed === true && readiness2.ready) {
    return {
      verdict: "verified",
      actual: true,
      reason: "claims production ready; build, tests and typecheck pass, and the audit finds nothing critical or high"
    };
  }
  return { verdict: "unverifiable", reason: `claims ${claimText}; no hard gate fails${unknown3}` };
}
function judgeScore(claimed, readiness2, claimText, unknown3) {
  const supported = `the evidence supports ${readiness2.score ?? "no"}${readiness2.score === void 0 ? " score" : "%"}`;
  if (claimed > readiness2.bestCase + SCORE_TOLERANCE) {
    const failing = readiness2.checks.filter((c) => c.status === "fail").map((c) => `${c.check} fails`);
    return {
      verdict: "contradicted",
      actual: readiness2.score,
      reason: `claims ${claimText}; ${supported}${failing.length ? ` (${failing.join(", ")})` : ""}`
    };
  }
  const verdict = unknown3 ? "unverifiable" : "verified";
  return { verdict, actual: readiness2.score, reason: `claims ${claimText}; ${supported}${unknown3}` };
}
function countVerdicts(verdicts) {
  const counts = { verified: 0, contradicted: 0, stale: 0, unverifiable: 0 };
  for (const v2 of verdicts) counts[v2.verdict]++;
  return counts;
}

// src/verdict/self-contradictions.ts
var COMPARABLE = new Set(CLAIM_KINDS.filter((kind) => claimValueType(kind) !== "string"));
function findSelfContradictions(claims) {
  const groups = /* @__PURE__ */ new Map();
  for (const claim2 of claims) {
    if (!COMPARABLE.has(claim2.kind) || claim2.bound) continue;
    const key = `${claim2.file}\0${claim2.kind}\0${claim2.scope ?? ""}`;
    groups.set(key, [...groups.get(key) ?? [], claim2]);
  }
  const found = [];
  for (const group of groups.values()) {
    if (new Set(group.map((c) => String(c.claimed))).size < 2) continue;
    const [first] = group;
    if (!first) continue;
    found.push({
      kind: first.kind,
      ...first.scope ? { scope: first.scope } : {},
      claims: group.map(({ file, line, text: text3, claimed }) => ({ file, line, text: text3, claimed }))
    });
  }
  return found;
}

// src/evidence/claim-history.ts
var GIT_TIMEOUT_MS2 = 3e4;
var UNCOMMITTED = /^0{40}$/;
var lineKey = (claim2) => `${claim2.file}:${claim2.line}`;
async function readClaimHistory(runner, root, claims, base) {
  const git = (args) => runner.run({ label: "git-history", command: "git", args, cwd: root, timeoutMs: GIT_TIMEOUT_MS2 });
  const origins = /* @__PURE__ */ new Map();
  if (!claims.length) return { origins, notes: [] };
  const shallow = await git(["rev-parse", "--is-shallow-repository"]);
  if (shallow.exitCode !== 0) return { origins, notes: ["no git history: every claim is treated as current"] };
  const notes = [];
  const isShallow = shallow.stdout.trim() === "true";
  if (isShallow)
    notes.push("the clone is shallow: lines older than it are attributed to its oldest commit (use fetch-depth: 0)");
  const baseFound = base ? (await git(["rev-parse", "--verify", "--quiet", `${base}^{commit}`])).exitCode === 0 : false;
  if (base && !baseFound)
    notes.push(`the base revision ${base} is not in the history: every claim is treated as current`);
  for (const claim2 of claims) {
    const key = lineKey(claim2);
    if (origins.has(key)) continue;
    const blame = await git(["blame", "--porcelain", "-L", `${claim2.line},${claim2.line}`, "--", claim2.file]);
    const commit = blame.exitCode === 0 ? blame.stdout.split(" ")[0] : void 0;
    if (!commit || UNCOMMITTED.test(commit)) continue;
    const boundary = isShallow && /^boundary$/m.test(blame.stdout);
    const inBase = baseFound && !boundary ? (await git(["merge-base", "--is-ancestor", commit, base])).exitCode === 0 : void 0;
    origins.set(key, inBase === void 0 ? { commit } : { commit, inBase });
  }
  return { origins, notes };
}

// src/verdict/staleness.ts
function markStale(verdicts, history) {
  return verdicts.map((verdict) => {
    if (verdict.verdict !== "contradicted") return verdict;
    const origin = history.origins.get(lineKey(verdict));
    if (!origin) return verdict;
    const short = origin.commit.slice(0, 7);
    if (origin.inBase) {
      return {
        ...verdict,
        verdict: "stale",
        lastChangedIn: origin.commit,
        reason: `${verdict.reason} (stale: written in ${short}, before this change)`
      };
    }
    return { ...verdict, lastChangedIn: origin.commit };
  });
}

// src/verdict/suggest.ts
var NUMERIC = /* @__PURE__ */ new Set([
  "tests.passed",
  "tests.total",
  "tests.failed",
  "tests.passRate",
  "typecheck.errors",
  "lint.errors",
  "lint.warnings",
  "audit.vulnerabilities"
]);
var FAILURE_COUNTS2 = /* @__PURE__ */ new Set([
  "tests.failed",
  "typecheck.errors",
  "lint.errors",
  "audit.vulnerabilities"
]);
var STATE_WORDS = [
  [/\bPASSING\b/, "PASSING", "FAILING"],
  [/\bpassing\b/i, "passing", "failing"],
  [/\bpasses\b/i, "passes", "fails"],
  [/\bpassed\b/i, "passed", "failed"],
  [/\bPASS\b/, "PASS", "FAIL"],
  [/\bsucceeded\b/i, "succeeded", "failed"],
  [/\bsuccessful\b/i, "successful", "failing"],
  [/\bclean\b/i, "clean", "failing"],
  [/\bgreen\b/i, "green", "red"]
];
var FAIL_WORDS = [
  [/\bFAILING\b|\bBLOCKED\b/, "PASSING"],
  [/\bfailing\b|\bblocked\b|\bbroken\b/i, "passing"],
  [/\bfails\b/i, "passes"],
  [/\bfailed\b/i, "passed"],
  [/\bFAIL\b/, "PASS"]
];
var PASS_MARKS = /✅|✔️|✔|☑️|🟢/;
var FAIL_MARKS = /❌|🔴|✗|✘/;
function correctLine(line, claim2, evidence) {
  if (claim2.verdict !== "contradicted" && claim2.verdict !== "stale") return void 0;
  if (NUMERIC.has(claim2.kind) && typeof claim2.actual === "number" && typeof claim2.claimed === "number") {
    return correctNumber(line, claim2, claim2.actual, evidence);
  }
  if (claim2.kind === "tests.allPassing" && claim2.claimed === true && (evidence.tests.failed ?? 0) > 0) {
    return allPassingToCount(line, evidence.tests.failed);
  }
  if (typeof claim2.claimed === "boolean" && claim2.kind !== "readiness.ready" && !claim2.scope) {
    return claim2.claimed ? toFailing(line) : toPassing(line);
  }
  return void 0;
}
function correctNumber(line, claim2, actual, evidence) {
  const shown = claim2.kind === "tests.passRate" ? `${Math.round(actual)}` : String(actual);
  const replaced = replaceNumber(line, claim2, shown);
  if (replaced === void 0) return void 0;
  let fixed = agreeNoun(replaced, shown);
  const failed = evidence.tests.failed ?? 0;
  if (claim2.kind === "tests.passed" && failed > 0 && !/fail/i.test(fixed)) {
    fixed = fixed.replace(/\b(passing|passed)\b/i, `$1 (${failed} failing)`);
  }
  const nowFailing = FAILURE_COUNTS2.has(claim2.kind) && actual > 0 || claim2.kind === "tests.passed" && failed > 0;
  return nowFailing ? fixed.replace(PASS_MARKS, "\u274C") : fixed;
}
function replaceNumber(line, claim2, actual) {
  const value = claim2.claimed;
  const written = `(?:${[String(value), value.toLocaleString("en-US")].map(escape).join("|")})`;
  const patterns = [];
  if (claim2.kind === "tests.passed") patterns.push(new RegExp(`(?<![\\w.,])[~\u2248]?${written}\\+?(?=\\s*/\\s*\\d)`));
  if (claim2.kind === "tests.total") patterns.push(new RegExp(`(?<=\\d\\s*/\\s*)${written}(?![\\w.,])`));
  if (claim2.kind === "tests.passRate") patterns.push(new RegExp(`(?<![\\w.,])${written}(?=%)`));
  patterns.push(new RegExp(`(?<![\\w.,/])[~\u2248]?${written}\\+?(?![\\w.,]|%|\\s*/)`));
  if (value === 0) patterns.push(/\b(?:zero|no)\b/i);
  for (const pattern of patterns) {
    if (pattern.test(line)) return line.replace(pattern, actual);
  }
  return void 0;
}
function allPassingToCount(line, failed) {
  const phrase = /\ball\s+(?:[a-z-]+\s+)?(?:tests?|specs?)\s+(?:are\s+|now\s+|still\s+)?(?:passing|pass|passed|green|succeed(?:ing)?)\b/i;
  if (!phrase.test(line)) return toFailing(line);
  return line.replace(phrase, `${failed} failing test${failed === 1 ? "" : "s"}`).replace(PASS_MARKS, "\u274C");
}
var NOUNS = [
  ["error", "errors"],
  ["warning", "warnings"],
  ["vulnerability", "vulnerabilities"],
  ["test", "tests"],
  ["failure", "failures"]
];
function agreeNoun(line, count) {
  for (const [one, many] of NOUNS) {
    const written = new RegExp(`(?<![\\w.,])${count}(\\s+(?:[A-Za-z][\\w-]*\\s+)?)(${one}|${many})\\b`);
    const match = written.exec(line);
    if (match) return line.replace(written, `${count}$1${count === "1" ? one : many}`);
  }
  return line;
}
function swapState(line, words, marks, mark) {
  const word = words.find(([pattern]) => pattern.test(line));
  if (!word && !marks.test(line)) return void 0;
  return (word ? line.replace(word[0], word[1]) : line).replace(marks, mark);
}
var toFailing = (line) => swapState(
  line,
  STATE_WORDS.map(([pattern, , failing]) => [pattern, failing]),
  PASS_MARKS,
  "\u274C"
);
var toPassing = (line) => swapState(line, FAIL_WORDS, FAIL_MARKS, "\u2705");
function escape(text3) {
  return text3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function addSuggestions(claims, evidence, skipFiles) {
  const corrected = /* @__PURE__ */ new Map();
  for (const claim2 of claims) {
    if (skipFiles.has(claim2.file)) continue;
    const key = `${claim2.file}:${claim2.line}`;
    const current = corrected.get(key) ?? claim2.text;
    const next = correctLine(current, claim2, evidence);
    if (next !== void 0 && next !== current) corrected.set(key, next);
  }
  return claims.map((claim2) => {
    const suggestion = corrected.get(`${claim2.file}:${claim2.line}`);
    return suggestion && (claim2.verdict === "contradicted" || claim2.verdict === "stale") ? { ...claim2, suggestion } : claim2;
  });
}

// src/verdict/baseline.ts
var baselineSchema = object({
  schemaVersion: literal(1),
  evidence: record(string2(), looseObject({ status: string2() })),
  readiness: optional(looseObject({ score: optional(number2()) }))
});
function parseBaseline(path2, text3) {
  return parseJsonFile("The baseline report", path2, text3, baselineSchema);
}
var FIGURES = [
  ["tests", "total", "tests"],
  ["tests", "passed", "tests passed"],
  ["tests", "failed", "tests failed"],
  ["typecheck", "errors", "type errors"],
  ["lint", "errors", "lint errors"],
  ["lint", "warnings", "lint warnings"],
  ["audit", "total", "vulnerabilities"]
];
function compareWithBaseline(evidence, score, baseline) {
  const deltas = [];
  const now = evidence;
  for (const check of ["typecheck", "build", "tests", "audit", "lint"]) {
    const before = baseline.evidence[check]?.status;
    const after = now[check]?.status;
    if (before && after && before !== after) deltas.push({ figure: check, base: before, now: String(after) });
  }
  for (const [check, field, figure] of FIGURES) {
    const before = baseline.evidence[check]?.[field];
    const after = now[check]?.[field];
    if (typeof before === "number" && typeof after === "number" && before !== after)
      deltas.push({ figure, base: before, now: after });
  }
  const baseScore = baseline.readiness?.score;
  if (typeof baseScore === "number" && typeof score === "number" && baseScore !== score) {
    deltas.push({ figure: "readiness score", base: baseScore, now: score });
  }
  return deltas;
}
function formatDeltas(deltas) {
  return deltas.map((d) => `${d.figure} ${d.base} \u2192 ${d.now}`).join(", ");
}

// src/verdict/policy.ts
function failsPolicy(failOn, claims, selfContradictions) {
  return failOn.some((condition) => {
    switch (condition) {
      case "contradicted":
        return claims.some((c) => c.verdict === "contradicted");
      case "stale":
        return claims.some((c) => c.verdict === "stale");
      case "self-contradiction":
        return selfContradictions > 0;
      case "unverifiable-readiness":
        return claims.some((c) => c.kind.startsWith("readiness.") && c.verdict === "unverifiable");
      default:
        return assertNever(condition);
    }
  });
}

// src/evidence/repository.ts
import { dirname as dirname2, join as join13, sep as sep3 } from "node:path";
var GIT_TIMEOUT_MS3 = 3e4;
async function gatherRepositoryFacts(ports, root, claims) {
  const fileClaims2 = claims.filter((c) => c.kind === "file.exists");
  const hashes = [...new Set(claims.filter((c) => c.kind === "commit.exists").map((c) => String(c.claimed)))];
  if (!fileClaims2.length && !hashes.length) return void 0;
  const files = {};
  for (const claim2 of fileClaims2) files[String(claim2.claimed)] ??= await fileFact(ports.fs, root, claim2);
  return { files, ...hashes.length ? await commitFacts(ports.runner, root, hashes) : { commits: {} } };
}
async function fileFact(fs, root, claim2) {
  const path2 = String(claim2.claimed);
  const candidates = [join13(root, path2), join13(root, dirname2(claim2.file), path2)];
  const found = candidates.find((candidate) => fs.exists(candidate));
  if (!found) return "missing";
  const [real, realRoot] = await Promise.all([fs.realPath(found), fs.realPath(root)]);
  return real === realRoot || real.startsWith(realRoot + sep3) ? "exists" : "outside";
}
async function commitFacts(runner, root, hashes) {
  const git = (label, args) => runner.run({ label, command: "git", args, cwd: root, timeoutMs: GIT_TIMEOUT_MS3 });
  const probe = await git("git-shallow", ["rev-parse", "--is-shallow-repository"]);
  if (probe.exitCode !== 0) {
    const why = probe.spawnError ? `git could not be started: ${probe.spawnError}` : "the directory is not a git repository";
    return { commits: {}, commitsUnknown: why };
  }
  const commits = {};
  for (const hash of hashes) {
    const result = await git("git-commit", ["cat-file", "-e", `${hash}^{commit}`]);
    commits[hash] = result.exitCode === 0 ? "present" : "missing";
  }
  return { commits, shallow: probe.stdout.trim() === "true" };
}

// src/gate.ts
function overridesOf(options) {
  const commands = {
    typecheck: options.typecheckCommand,
    build: options.buildCommand,
    tests: options.testCommand,
    audit: options.auditCommand,
    lint: options.lintCommand
  };
  return {
    commands: Object.fromEntries(Object.entries(commands).filter(([, command]) => command)),
    testResults: options.testResults,
    auditReport: options.auditReport,
    coverageReport: options.coverageReport
  };
}
async function readBaseline(fs, path2) {
  if (!fs.exists(path2)) throw new ConfigurationError(`The baseline report ${path2} does not exist`);
  return parseBaseline(path2, await fs.readText(path2));
}
function evidenceOptions(options, root, workDir, collectCoverage) {
  return {
    root,
    workDir,
    install: options.install,
    checks: new Set(options.checks),
    timeoutMs: options.timeoutSeconds * 1e3,
    overrides: overridesOf(options),
    collectCoverage,
    shard: options.shard ? parseShard(options.shard) : void 0,
    packages: options.packages
  };
}
var evidencePorts = (ports, workDir) => ({
  fs: ports.fs,
  logger: ports.logger,
  runner: ports.createRunner(workDir)
});
async function readEvidenceDir(fs, dir, checks) {
  if (!fs.exists(dir)) throw new ConfigurationError(`The evidence directory ${dir} does not exist`);
  const names = (await fs.list(dir)).filter((entry) => entry.isFile && /^evidence.*\.json$/.test(entry.name)).map((entry) => entry.name).sort();
  if (!names.length) throw new ConfigurationError(`The evidence directory ${dir} has no evidence*.json file`);
  const files = await Promise.all(
    names.map(async (name) => ({ name, file: parseEvidenceFile(join14(dir, name), await fs.readText(join14(dir, name))) }))
  );
  return mergeEvidence(files, checks);
}
async function collectEvidence(ports, options) {
  const root = resolve2(options.directory);
  if (!ports.fs.exists(root)) throw new ConfigurationError(`The directory ${root} does not exist`);
  const workDir = await mkdtemp(join14(tmpdir(), "readiness-gate-"));
  try {
    const settings = evidenceOptions(options, root, workDir, false);
    return toEvidenceFile(options, settings, await gatherEvidence(evidencePorts(ports, workDir), settings));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
function toEvidenceFile(options, settings, gathered) {
  const { evidence, notes, workspace } = gathered;
  return {
    format: "readiness-gate-evidence",
    schemaVersion: 1,
    checks: [...options.checks],
    ...settings.shard ? { shard: settings.shard } : {},
    ...options.packages ? { packages: (evidence.packages ?? []).map((p) => p.path) } : {},
    ...workspace ? { workspace } : {},
    evidence,
    notes
  };
}
async function gatherOrReuse(ports, options, settings) {
  const gather = async () => gatherEvidence(evidencePorts(ports, settings.workDir), settings);
  if (!options.cacheDir) return { ...await gather(), gaps: [] };
  const keyed = { ...settings, workDir: void 0, root: void 0, checks: [...settings.checks] };
  const fromFiles = options.testResults || options.auditReport || options.coverageReport;
  const { key, reason } = fromFiles ? { key: void 0, reason: "results are read from files" } : await evidenceCacheKey(ports.createRunner(settings.workDir), settings.root, keyed);
  const dir = resolve2(options.cacheDir);
  const cached2 = key ? await readCachedEvidence(ports.fs, dir, key) : void 0;
  if (cached2 && key) {
    const notes2 = [
      ...cached2.notes,
      `evidence reused from the cache (key ${key.slice(0, 12)}): the tree and settings are unchanged`
    ];
    return { evidence: cached2.evidence, notes: notes2, gaps: [], cache: { key, hit: true } };
  }
  const fresh = await gather();
  if (key) await writeCachedEvidence(dir, key, toEvidenceFile(options, settings, fresh));
  const notes = key ? fresh.notes : [...fresh.notes, `evidence cache not used: ${reason}`];
  return { ...fresh, notes, gaps: [], cache: { ...key ? { key } : {}, hit: false, ...reason ? { reason } : {} } };
}
async function runGate(ports, options) {
  const root = resolve2(options.directory);
  if (!ports.fs.exists(root)) throw new ConfigurationError(`The directory ${root} does not exist`);
  const baseline = options.baseline ? await readBaseline(ports.fs, options.baseline) : void 0;
  const workDir = await mkdtemp(join14(tmpdir(), "readiness-gate-"));
  try {
    const found = await ports.logger.group(
      "Reading claims",
      () => readClaims(ports.fs, root, { reports: options.reports, claimsFile: options.claimsFile })
    );
    ports.logger.info(`${found.claims.length} claims in ${found.reports.length} reports`);
    const collectCoverage = found.claims.some((claim2) => claim2.kind === "coverage.percent");
    const gathered = options.evidenceDir ? await readEvidenceDir(ports.fs, resolve2(options.evidenceDir), new Set(options.checks)) : await gatherOrReuse(ports, options, evidenceOptions(options, root, workDir, collectCoverage));
    const { evidence, notes, gaps } = gathered;
    evidence.repository = await gatherRepositoryFacts(
      { fs: ports.fs, runner: ports.createRunner(workDir) },
      root,
      found.claims
    );
    const compared = compareClaims(found.claims, evidence);
    const history = await readClaimHistory(
      ports.createRunner(workDir),
      root,
      compared.filter((c) => c.verdict === "contradicted"),
      options.base
    );
    const declared = /* @__PURE__ */ new Set([...CONFIG_PATHS, ...options.claimsFile ? [options.claimsFile] : []]);
    const claims = addSuggestions(markStale(compared, history), evidence, declared);
    const counts = countVerdicts(claims);
    const readiness2 = computeReadiness(evidence);
    const selfContradictions = findSelfContradictions(found.claims);
    const failed = gaps.length > 0 || failsPolicy(options.failOn, claims, selfContradictions.length);
    return {
      schemaVersion: 1,
      verdict: failed ? "fail" : "pass",
      repository: root,
      evidence,
      claims,
      counts,
      selfContradictions,
      readiness: readiness2,
      ...gaps.length ? { evidenceGaps: gaps } : {},
      ...gathered.cache ? { cache: gathered.cache } : {},
      ...baseline ? { sinceBase: compareWithBaseline(evidence, readiness2.score, baseline) } : {},
      reports: found.reports,
      notes: [...found.notes, ...notes, ...history.notes]
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// src/ports/logger.ts
import { AsyncLocalStorage } from "node:async_hooks";
import { performance } from "node:perf_hooks";
function createGroupingLogger(sink, now = () => performance.now()) {
  const context = new AsyncLocalStorage();
  const running = /* @__PURE__ */ new Map();
  const line = (text3) => {
    const buffer = context.getStore();
    if (buffer) buffer.push(text3);
    else sink.line(text3);
  };
  return {
    info: line,
    warning: (message) => sink.warning(message),
    group: async (name, fn) => {
      const parent = context.getStore();
      const buffer = [];
      const started = now();
      running.set(name, started);
      if (!parent) sink.started?.(name);
      sink.progress?.(running);
      try {
        return await context.run(buffer, fn);
      } finally {
        running.delete(name);
        const title = `${name} (${((now() - started) / 1e3).toFixed(1)} s)`;
        if (parent) parent.push(`\u25B8 ${title}`, ...buffer.map((text3) => `  ${text3}`));
        else {
          sink.startGroup(title);
          buffer.forEach((text3) => sink.line(text3));
          sink.endGroup();
        }
        sink.progress?.(running);
      }
    }
  };
}
var STARTED = "\u22EF";
function createConsoleLogger(write = (line) => process.stderr.write(line + "\n"), terminal, now = () => performance.now()) {
  const sink = {
    line: write,
    warning: (text3) => write(`warning: ${text3}`),
    startGroup: (title) => write(`\u25B8 ${title}`),
    endGroup: () => void 0
  };
  if (!terminal) return createGroupingLogger({ ...sink, started: (name) => write(`${STARTED} ${name}`) }, now);
  const status = new StatusLine(terminal, now);
  return createGroupingLogger(
    {
      line: (text3) => status.above(() => write(text3)),
      warning: (text3) => status.above(() => sink.warning(text3)),
      startGroup: (title) => status.above(() => sink.startGroup(title)),
      endGroup: () => void 0,
      progress: (running) => status.show(running)
    },
    now
  );
}
var StatusLine = class {
  constructor(terminal, now) {
    this.terminal = terminal;
    this.now = now;
  }
  terminal;
  now;
  running = /* @__PURE__ */ new Map();
  timer;
  /** What the status line shows now; empty when it is cleared. */
  shown = "";
  show(running) {
    this.running = running;
    if (running.size && !this.timer) {
      this.timer = setInterval(() => this.draw(), 500);
      this.timer.unref();
    }
    if (!running.size) {
      clearInterval(this.timer);
      this.timer = void 0;
    }
    this.draw();
  }
  above(write) {
    if (this.shown) this.terminal.write("\r\x1B[K");
    this.shown = "";
    write();
    this.draw();
  }
  draw() {
    const now = this.now();
    const parts = [...this.running].map(
      ([name, started]) => `${name.split(":")[0]} ${((now - started) / 1e3).toFixed(0)}s`
    );
    const text3 = parts.length ? `\u23F3 running: ${parts.join(" \xB7 ")}`.slice(0, Math.max(20, this.terminal.columns - 1)) : "";
    if (text3 === this.shown) return;
    this.terminal.write(`\r\x1B[K${text3}`);
    this.shown = text3;
  }
};
var silentLogger = {
  info: () => void 0,
  warning: () => void 0,
  group: (_name, fn) => fn()
};

// src/ports/process-runner.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { join as join15 } from "node:path";
var CAPTURE_LIMIT_BYTES = 4 * 1024 * 1024;
var BoundedCapture = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  head = "";
  tail = "";
  dropped = 0;
  push(chunk) {
    const half = this.limit / 2;
    if (this.head.length < half) {
      const room = half - this.head.length;
      this.head += chunk.slice(0, room);
      chunk = chunk.slice(room);
    }
    if (!chunk) return;
    this.tail += chunk;
    if (this.tail.length > half) {
      this.dropped += this.tail.length - half;
      this.tail = this.tail.slice(this.tail.length - half);
    }
  }
  get truncated() {
    return this.dropped > 0;
  }
  text() {
    if (!this.dropped) return this.head + this.tail;
    return `${this.head}
\u2026 ${this.dropped} characters not kept in memory \u2026
${this.tail}`;
  }
};
function createProcessRunner(logDir) {
  let sequence = 0;
  return {
    run: (request) => runProcess(request, logDir, ++sequence)
  };
}
function runProcess(request, logDir, sequence) {
  const base = join15(logDir, `${String(sequence).padStart(2, "0")}-${request.label}`);
  const stdoutPath = `${base}.stdout`;
  const stderrPath = `${base}.stderr`;
  const started = Date.now();
  return new Promise((resolve4) => {
    const out = new BoundedCapture(CAPTURE_LIMIT_BYTES);
    const err = new BoundedCapture(CAPTURE_LIMIT_BYTES);
    const outFile = createWriteStream(stdoutPath);
    const errFile = createWriteStream(stderrPath);
    let timedOut = false;
    let spawnError;
    const child = spawn(request.command, request.args, {
      cwd: request.cwd,
      env: { ...process.env, ...request.env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      out.push(chunk);
      outFile.write(chunk);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      err.push(chunk);
      errFile.write(chunk);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid);
    }, request.timeoutMs);
    child.on("error", (error2) => {
      spawnError = error2.message;
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      killTree(child.pid);
      let pending = 2;
      const done = () => {
        if (--pending > 0) return;
        resolve4({
          exitCode,
          signal,
          timedOut,
          spawnError,
          durationMs: Date.now() - started,
          stdoutPath,
          stderrPath,
          stdout: out.text(),
          stderr: err.text(),
          truncated: out.truncated || err.truncated
        });
      };
      outFile.end(done);
      errFile.end(done);
    });
  });
}
function killTree(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}

// src/publish/report-files.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname3, join as join16, resolve as resolve3 } from "node:path";

// src/publish/render-markdown.ts
var VERDICT_ICON = {
  verified: "\u2705",
  contradicted: "\u274C",
  stale: "\u26A0\uFE0F",
  unverifiable: "\u2754"
};
var STATUS_ICON = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  unknown: "\u2754 unknown",
  skipped: "\u23ED\uFE0F skipped"
};
function escapeCell(text3) {
  return text3.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/@(?=[\w-])/g, "@\u200B").replace(/\r?\n/g, " ");
}
function table(headers, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}
function headline(report) {
  const { verified, contradicted, stale, unverifiable } = report.counts;
  const total2 = report.claims.length;
  if (report.evidenceGaps?.length) return `The evidence is incomplete: ${report.evidenceGaps.join("; ")}`;
  if (!total2) return "No readiness claims found";
  const staleText = stale ? `, ${stale} stale` : "";
  if (contradicted) return `${contradicted} of ${total2} readiness claims contradicted by the evidence${staleText}`;
  if (stale) return `${stale} of ${total2} readiness claims stale: they held when written and no longer do`;
  return `${verified} of ${total2} readiness claims verified${unverifiable ? `, ${unverifiable} unverifiable` : ""}`;
}
function renderMarkdown(report, detail = "full") {
  const sections = [`## ${report.verdict === "pass" ? "\u2705" : "\u274C"} Readiness gate: ${headline(report)}`];
  if (detail === "counts") return sections.concat(countsLine(report)).join("\n\n") + "\n";
  const shown = detail === "full" ? report.claims : report.claims.filter((c) => isDivergent(c.verdict));
  if (shown.length) sections.push(claimsTable(sortForReading(shown)));
  if (shown.length < report.claims.length) sections.push(countsLine(report));
  if (report.sinceBase) {
    const changes = report.sinceBase.length ? formatDeltas(report.sinceBase) : "no change in the evidence";
    sections.push(`Since the base: ${escapeCell(changes)}`);
  }
  if (report.selfContradictions.length)
    sections.push("### Reports that contradict themselves", selfContradictionList(report));
  sections.push("### Evidence", evidenceTable(report.evidence));
  sections.push("### Readiness from the evidence", readinessSection(report));
  if (report.reports.length)
    sections.push(`Reports read: ${report.reports.map((r) => `\`${escapeCell(r)}\``).join(", ")}`);
  if (report.notes.length && detail === "full")
    sections.push(report.notes.map((note) => `- ${escapeCell(note)}`).join("\n"));
  return sections.join("\n\n") + "\n";
}
var isDivergent = (status) => status === "contradicted" || status === "stale";
function countsLine(report) {
  const { verified, contradicted, stale, unverifiable } = report.counts;
  return `Claims: ${contradicted} contradicted, ${stale} stale, ${verified} verified, ${unverifiable} unverifiable. The full report is in the job summary and the report files.`;
}
function sortForReading(claims) {
  const order = { contradicted: 0, stale: 1, unverifiable: 2, verified: 3 };
  return [...claims].sort((a, b) => order[a.verdict] - order[b.verdict]);
}
function claimsTable(claims) {
  return table(
    ["", "Claim", "Where", "Reason"],
    claims.map((c) => [
      VERDICT_ICON[c.verdict],
      escapeCell(c.text),
      `\`${escapeCell(c.file)}:${c.line}\``,
      escapeCell(c.reason)
    ])
  );
}
function selfContradictionList(report) {
  return report.selfContradictions.map((group) => {
    const where = group.claims.map((c) => `\`${escapeCell(c.file)}:${c.line}\` says ${escapeCell(String(c.claimed))}`);
    return `- ${group.kind}${group.scope ? ` (${escapeCell(group.scope)})` : ""}: ${where.join("; ")}`;
  }).join("\n");
}
function readinessSection(report) {
  const { readiness: readiness2 } = report;
  const verdict = readiness2.ready === false ? `not ready: ${readiness2.hardGateFailures.map(escapeCell).join("; ")}` : readiness2.ready ? "ready: every hard gate passes" : `not known: ${readiness2.unknownHardGates.join(", ")} could not be checked`;
  const score = readiness2.score === void 0 ? "no check ran" : `${readiness2.score}%`;
  const rows = readiness2.checks.map((c) => [c.check, String(c.weight), STATUS_ICON[c.status], String(c.points)]);
  return `Score ${score} (best case ${readiness2.bestCase}%); ${verdict}.

${table(["Check", "Weight", "Result", "Points"], rows)}`;
}
function evidenceTable(evidence) {
  return table(
    ["Check", "Result", "Details", "Time"],
    CHECK_NAMES.map((name) => {
      const check = evidence[name];
      const time2 = check.durationMs === void 0 ? "" : `${(check.durationMs / 1e3).toFixed(1)} s`;
      return [name, STATUS_ICON[check.status], escapeCell(check.reason), time2];
    })
  );
}

// src/publish/report-files.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}
async function writeReportFiles(report, paths) {
  if (paths.json) await writeText(paths.json, renderJson(report));
  if (paths.markdown) await writeText(paths.markdown, renderMarkdown(report));
}
async function writeEvidenceFile(dir, file) {
  const path2 = join16(resolve3(dir), evidenceFileName(file));
  await writeText(path2, JSON.stringify(file, null, 2) + "\n");
  return path2;
}
async function writeText(path2, text3) {
  await mkdir2(dirname3(path2), { recursive: true });
  await writeFile2(path2, text3);
}

export {
  _positive,
  _maxLength,
  _regex,
  string2 as string,
  int,
  array,
  object,
  looseObject,
  record,
  _enum,
  literal,
  optional,
  _default,
  stringbool,
  ConfigurationError,
  getErrorMessage,
  CHECK_NAMES,
  CLAIM_KINDS,
  parseJsonFile,
  RUNNABLE_CHECKS,
  DEFAULT_TIMEOUT_SECONDS,
  validateText,
  parseSettings,
  formatDeltas,
  escapeCell,
  headline,
  renderMarkdown,
  isDivergent,
  createFileSystem,
  VERSION,
  collectEvidence,
  runGate,
  createGroupingLogger,
  STARTED,
  createConsoleLogger,
  silentLogger,
  createProcessRunner,
  writeReportFiles,
  writeEvidenceFile
};
